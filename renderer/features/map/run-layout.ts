import type { Actor } from '../../../shared/domain/actor.ts';
import type { GroupMember } from '../../../shared/domain/group.ts';
import type { MapLayoutKind, MapMeasureKey, Position } from '../../../shared/domain/view.ts';
import { concentricLayout, groupedLayout } from '../../../shared/map/layouts.ts';
import { forceEngine } from '../../../shared/map/map-scale.ts';
import { measureOf, type MapMeasures } from '../../../shared/map/map-measures.ts';
import { isActiveAt } from '../../../shared/temporal/tie-spells.ts';
import { nextTask } from '../../api/parse-in-slices.ts';
import { forceLayoutInWorker } from '../../workers/create-layout-worker.ts';
import type { MapView } from './map-view.ts';

export interface LayoutContext {
  actors: readonly Actor[];
  sectorOrder: readonly string[];
  groupOrder: readonly string[];
  members: readonly GroupMember[];
  date: string | null;
  measures: MapMeasures;
  sizeBy: MapMeasureKey;
}

export interface LayoutRun {
  /** Share of a worker layout done (0–1); not called for the instant layouts. */
  onProgress: (done: number) => void;
  /** Aborting stops a worker layout; the promise then never settles. */
  signal: AbortSignal;
}

/**
 * Lays the map out and resolves with the new positions. Force-directed is fcose on small maps
 * drawn by Cytoscape and ForceAtlas2 in a worker otherwise (forceEngine), starting from the
 * current positions unless `fresh`; the others are shared/map's pure layouts. Manual keeps
 * every position: the user drags.
 */
export function runLayout(
  view: MapView,
  kind: MapLayoutKind,
  context: LayoutContext,
  fresh: boolean,
  run: LayoutRun,
): Promise<Map<string, Position>> {
  if (kind === 'manual') return Promise.resolve(view.positions());
  if (kind === 'force')
    return forceEngine(view.actorIds().length) === 'fcose' && view.fcose
      ? view.fcose(fresh)
      : runForceAtlas(view, context, fresh, run);
  const positions = pureLayout(kind, context);
  view.setPositions(positions);
  view.fit();
  return Promise.resolve(positions);
}

function pureLayout(
  kind: 'concentric' | 'sector' | 'group',
  context: LayoutContext,
): Map<string, Position> {
  const ids = context.actors.map((actor) => actor.id);
  const rank = (id: string) => measureOf(context.measures, context.sizeBy, id);
  return kind === 'concentric'
    ? concentricLayout(ids, rank)
    : kind === 'sector'
      ? groupedLayout(ids, sectorOf(context.actors), context.sectorOrder, rank)
      : groupedLayout(ids, groupOf(context), context.groupOrder, rank);
}

/**
 * ForceAtlas2 in the layout worker. A fresh layout first shows the map grouped by sector
 * (instant), so there is a picture while the worker runs; the result is applied in one batch.
 */
async function runForceAtlas(
  view: MapView,
  context: LayoutContext,
  fresh: boolean,
  run: LayoutRun,
): Promise<Map<string, Position>> {
  run.onProgress(0);
  if (fresh) {
    view.setPositions(pureLayout('sector', context));
    view.fit();
    // The grouped picture and the worker's input in two tasks (together 0.2 s at 100,000 ties).
    await nextTask();
    if (run.signal.aborted) return new Promise<never>(() => {});
  }
  const current = view.positions();
  const ids = view.actorIds();
  const start = new Float64Array(ids.length * 2);
  ids.forEach((id, index) => {
    const { x, y } = current.get(id) ?? { x: 0, y: 0 };
    start[index * 2] = x;
    start[index * 2 + 1] = y;
  });
  // Copies: the worker is handed its own arrays, the view's stay the view's.
  const { sources, targets } = view.tieEnds();
  const result = await forceLayoutInWorker(
    {
      count: ids.length,
      sources: sources.slice(),
      targets: targets.slice(),
      // Fresh starts from a seeded spread, so the same network always gives the same picture.
      start: fresh ? null : start,
    },
    run.onProgress,
    run.signal,
  );
  const positions = new Map<string, Position>();
  ids.forEach((id, index) =>
    positions.set(id, { x: result[index * 2]!, y: result[index * 2 + 1]! }),
  );
  view.setPositions(positions);
  view.fit();
  // What the screen does with the result (keeping every position) in a task of its own:
  // together with applying it, 0.2 s at 20,000 actors.
  await nextTask();
  return positions;
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
