// The typings of cytoscape-fcose live beside the renderer code, outside the tests’ project.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../../renderer/features/map/fcose.d.ts" />
import cytoscape, { type BaseLayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { LAYOUT_SEED, withSeededRandom } from '../../../../renderer/features/map/seeded-layout.ts';

cytoscape.use(fcose);

/** A ring of 12 with two chords and a pendant tree: spectral start and tree reduction both run. */
function elements() {
  const ids = Array.from({ length: 12 }, (_, index) => `n${index}`);
  const leaves = ['l1', 'l2', 'l3'];
  return [
    ...[...ids, ...leaves].map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...ids.map((id, index) => ({
      group: 'edges' as const,
      data: { id: `e${index}`, source: id, target: ids[(index + 1) % ids.length]! },
    })),
    { group: 'edges' as const, data: { id: 'c1', source: 'n0', target: 'n6' } },
    { group: 'edges' as const, data: { id: 'c2', source: 'n3', target: 'n9' } },
    ...leaves.map((leaf, index) => ({
      group: 'edges' as const,
      data: { id: `t${index}`, source: index === 0 ? 'n0' : 'l1', target: leaf },
    })),
  ];
}

function layOut(seed: number): Record<string, { x: number; y: number }> {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: elements() });
  const layout = cy.layout({ name: 'fcose', randomize: true, animate: false } as BaseLayoutOptions);
  withSeededRandom(seed, () => layout.run());
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return positions;
}

describe('seeded force-directed layout', () => {
  it('gives the same positions for the same data, run after run', () => {
    const first = layOut(LAYOUT_SEED);
    expect(layOut(LAYOUT_SEED)).toEqual(first);
    expect(new Set(Object.values(first).map((p) => `${p.x},${p.y}`)).size).toBe(15);
  });

  it('gives another picture for another seed', () => {
    expect(layOut(LAYOUT_SEED + 1)).not.toEqual(layOut(LAYOUT_SEED));
  });

  it('puts Math.random back, even when the work throws', () => {
    const original = Math.random;
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(
      withSeededRandom(7, () => [Math.random(), Math.random()]),
    );
  });
});
