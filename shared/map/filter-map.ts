import type { Actor } from '../domain/actor.ts';
import type { GroupMember } from '../domain/group.ts';
import type { Tie } from '../domain/tie.ts';
import type { MapFilters } from '../domain/view.ts';
import { isActiveAt } from '../temporal/tie-spells.ts';
import { measureOf, type MapMeasures } from './map-measures.ts';

export interface FilterInput {
  actors: readonly Actor[];
  ties: readonly Tie[];
  /** Group memberships with dates; a membership counts when in force at `date`. */
  members: readonly GroupMember[];
  /** The map's date; null = every membership counts. */
  date: string | null;
  measures: MapMeasures;
}

export interface FilterResult {
  actorIds: ReadonlySet<string>;
  tieIds: ReadonlySet<string>;
  counts: { actors: number; ties: number; totalActors: number; totalTies: number };
}

/**
 * What the map shows after its filters, in this order: actors by sector ('' = no sector),
 * region, group membership at the date and minimum measure; then ties by type and status,
 * kept only when both ends are shown; then the ego network, the chosen actor plus every actor
 * within 1 or 2 steps over the ties still shown (the actor itself stays even if the other
 * filters hid it, so an ego network is never empty). Actors without ties stay: isolates matter.
 */
export function filterMap(input: FilterInput, filters: MapFilters): FilterResult {
  const groupMembers = filters.groups ? membersAt(input.members, filters.groups, input.date) : null;
  const minimum = filters.minMeasure;
  const sectors = filters.sectors && new Set<string>(filters.sectors);
  const regions = filters.regions && new Set<string>(filters.regions);
  const actors = new Set<string>();
  for (const actor of input.actors) {
    if (sectors && !sectors.has(actor.sector ?? '')) continue;
    if (regions && !regions.has(actor.region ?? '')) continue;
    if (groupMembers && !groupMembers.has(actor.id)) continue;
    if (minimum) {
      const value = measureOf(input.measures, minimum.measure, actor.id);
      if (value === null || value < minimum.value) continue;
    }
    actors.add(actor.id);
  }
  const types = filters.tieTypes && new Set<string>(filters.tieTypes);
  const statuses = filters.statuses && new Set<string>(filters.statuses);
  let ties = input.ties.filter(
    (tie) =>
      actors.has(tie.source) &&
      actors.has(tie.target) &&
      (!types || types.has(tie.type)) &&
      (!statuses || statuses.has(tie.status)),
  );
  let shown: ReadonlySet<string> = actors;
  if (filters.ego && input.actors.some((actor) => actor.id === filters.ego?.actorId)) {
    const ego = filters.ego;
    const onlyEgo = actors.has(ego.actorId) ? ties : [];
    shown = withinSteps(ego.actorId, ego.steps, onlyEgo);
    const inEgo = shown;
    ties = onlyEgo.filter((tie) => inEgo.has(tie.source) && inEgo.has(tie.target));
  }
  return {
    actorIds: shown,
    tieIds: new Set(ties.map((tie) => tie.id)),
    counts: {
      actors: shown.size,
      ties: ties.length,
      totalActors: input.actors.length,
      totalTies: input.ties.length,
    },
  };
}

/** The actor and everyone reachable in at most `steps` ties, ignoring direction. */
export function withinSteps(
  start: string,
  steps: number,
  ties: readonly Pick<Tie, 'source' | 'target'>[],
): Set<string> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const tie of ties) {
    link(tie.source, tie.target);
    link(tie.target, tie.source);
  }
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < steps; step += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of neighbours.get(id) ?? [])
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
    frontier = next;
  }
  return reached;
}

function membersAt(
  members: readonly GroupMember[],
  groups: readonly string[],
  date: string | null,
): Set<string> {
  const chosen = new Set(groups);
  const result = new Set<string>();
  for (const member of members) {
    if (!chosen.has(member.groupId)) continue;
    const spell = [{ start: member.joined, end: member.left }];
    if (date === null || isActiveAt(spell, date)) result.add(member.actorId);
  }
  return result;
}

/** How many items have each key: the numbers beside the filter choices. */
export function countByKey<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
