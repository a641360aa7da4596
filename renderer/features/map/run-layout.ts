import type { BaseLayoutOptions, Core } from 'cytoscape';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { GroupMember } from '../../../shared/domain/group.ts';
import type { MapLayoutKind, MapMeasureKey, Position } from '../../../shared/domain/view.ts';
import { concentricLayout, groupedLayout } from '../../../shared/map/layouts.ts';
import { measureOf, type MapMeasures } from '../../../shared/map/map-measures.ts';
import { isActiveAt } from '../../../shared/temporal/tie-spells.ts';
import { applyPositions, readPositions } from './cy-elements.ts';
import { LAYOUT_SEED, withSeededRandom } from './seeded-layout.ts';

export interface LayoutContext {
  actors: readonly Actor[];
  sectorOrder: readonly string[];
  groupOrder: readonly string[];
  members: readonly GroupMember[];
  date: string | null;
  measures: MapMeasures;
  sizeBy: MapMeasureKey;
}

/**
 * Lays the map out and resolves with the new positions. Force-directed is fcose (starting
 * from the current positions unless `fresh`); the others are shared/map's pure layouts.
 * Manual keeps every position: the user drags.
 */
export function runLayout(
  cy: Core,
  kind: MapLayoutKind,
  context: LayoutContext,
  fresh: boolean,
): Promise<Map<string, Position>> {
  if (kind === 'manual') return Promise.resolve(readPositions(cy));
  if (kind === 'force') return runForce(cy, fresh);
  const ids = context.actors.map((actor) => actor.id);
  const rank = (id: string) => measureOf(context.measures, context.sizeBy, id);
  const positions =
    kind === 'concentric'
      ? concentricLayout(ids, rank)
      : kind === 'sector'
        ? groupedLayout(ids, sectorOf(context.actors), context.sectorOrder, rank)
        : groupedLayout(ids, groupOf(context), context.groupOrder, rank);
  applyPositions(cy, positions);
  cy.fit(undefined, 30);
  return Promise.resolve(positions);
}

function runForce(cy: Core, fresh: boolean): Promise<Map<string, Position>> {
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'fcose',
      quality: cy.nodes().length > 500 ? 'draft' : 'default',
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

function sectorOf(actors: readonly Actor[]): (id: string) => string | null {
  const sectors = new Map<string, string | null>(actors.map((actor) => [actor.id, actor.sector]));
  return (id) => sectors.get(id) ?? null;
}

/** An actor's first learning community (in the groups' order) in force at the date. */
function groupOf(context: LayoutContext): (id: string) => string | null {
  const rank = new Map(context.groupOrder.map((id, index) => [id, index]));
  const best = new Map<string, string>();
  for (const member of context.members) {
    if (context.date && !isActiveAt([{ start: member.joined, end: member.left }], context.date))
      continue;
    const current = best.get(member.actorId);
    if (current === undefined || (rank.get(member.groupId) ?? 1e9) < (rank.get(current) ?? 1e9))
      best.set(member.actorId, member.groupId);
  }
  return (id) => best.get(id) ?? null;
}
