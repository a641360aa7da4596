import type { BaseLayoutOptions, Core } from 'cytoscape';
import type { Position } from '../../../shared/domain/view.ts';
import { readPositions } from './cy-elements.ts';
import { LAYOUT_SEED, withSeededRandom } from './seeded-layout.ts';

/** fcose on a small map (Cytoscape renderer only), seeded; resolves with the new positions. */
export function runFcose(cy: Core, fresh: boolean): Promise<Map<string, Position>> {
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize: fresh,
      animate: false,
      fit: true,
      padding: 30,
      // Tuned for nodes 16–64 px wide with labels below: roomier than fcose's defaults.
      nodeRepulsion: () => 40_000,
      idealEdgeLength: () => 160,
      edgeElasticity: () => 0.3,
      nodeSeparation: 140,
      gravity: 0.2,
      numIter: 4000,
      packComponents: true,
    } as BaseLayoutOptions);
    layout.one('layoutstop', () => resolve(readPositions(cy)));
    // Seeded: fcose draws from Math.random, and the same data should give the same picture.
    withSeededRandom(LAYOUT_SEED, () => layout.run());
  });
}
