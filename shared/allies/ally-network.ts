import type { NetworkSnapshot } from '../api/network.ts';
import { adjacencyFromTies, type Adjacency, type TieList } from '../graph/adjacency.ts';
import { weakComponents, type Components } from '../metrics/network/components.ts';
import { isActiveAt } from '../temporal/tie-spells.ts';

/**
 * The network ally suggestions read, built once per snapshot and date so that suggesting for
 * every actor (the evaluation, a workshop summary) does not rebuild it per actor.
 * - Existing ties active at `at` (every existing tie when `at` is null) form an undirected,
 *   unweighted adjacency: a funding tie from a donor to a CSO is a relation both ways.
 *   Self-loops and ties to actors missing from the snapshot are left out.
 * - Potential ties active at `at` are kept apart, per unordered pair, with who marked them.
 */
export interface AllyNetwork {
  readonly adjacency: Adjacency;
  readonly components: Components;
  readonly indexOf: ReadonlyMap<string, number>;
  /** Name and sector by actor number. */
  readonly names: readonly string[];
  readonly sectors: readonly (string | null)[];
  /** Potential ties by actor number: the numbers of the actors at their other end. */
  readonly potential: readonly (readonly number[])[];
}

export function buildAllyNetwork(snapshot: NetworkSnapshot, at: string | null): AllyNetwork {
  const ids = snapshot.actors.map((actor) => actor.id as string);
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  const ties: TieList = {
    sources: new Int32Array(snapshot.ties.length),
    targets: new Int32Array(snapshot.ties.length),
    weights: new Float64Array(snapshot.ties.length),
    length: 0,
  };
  const potentialSets = ids.map(() => new Set<number>());
  for (const tie of snapshot.ties) {
    const source = indexOf.get(tie.source);
    const target = indexOf.get(tie.target);
    if (source === undefined || target === undefined || source === target) continue;
    if (at !== null && !isActiveAt(tie.spells, at)) continue;
    if (tie.status === 'potential') {
      potentialSets[source]!.add(target);
      potentialSets[target]!.add(source);
      continue;
    }
    ties.sources[ties.length] = source;
    ties.targets[ties.length] = target;
    ties.weights[ties.length] = 1;
    ties.length += 1;
  }
  const adjacency = adjacencyFromTies(ids, ties, false, false);
  return {
    adjacency,
    components: weakComponents(adjacency),
    indexOf,
    names: snapshot.actors.map((actor) => actor.name),
    sectors: snapshot.actors.map((actor) => actor.sector),
    potential: potentialSets.map((set) => [...set].sort((a, b) => a - b)),
  };
}

/** Number of existing ties of an actor (after merging parallel ties). */
export function degreeOf(network: AllyNetwork, node: number): number {
  return network.adjacency.outOffsets[node + 1]! - network.adjacency.outOffsets[node]!;
}

/** The actor's neighbours, in increasing number. */
export function neighboursOf(network: AllyNetwork, node: number): Int32Array {
  const { outOffsets, outTargets } = network.adjacency;
  return outTargets.subarray(outOffsets[node]!, outOffsets[node + 1]!);
}

/** Breadth-first distances (in ties) from one actor; -1 for actors it cannot reach. */
export function distancesFrom(network: AllyNetwork, start: number): Int32Array {
  const { order, outOffsets, outTargets } = network.adjacency;
  const distance = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  let head = 0;
  let tail = 0;
  distance[start] = 0;
  queue[tail++] = start;
  while (head < tail) {
    const node = queue[head++]!;
    const next = distance[node]! + 1;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const neighbour = outTargets[arc]!;
      if (distance[neighbour] !== -1) continue;
      distance[neighbour] = next;
      queue[tail++] = neighbour;
    }
  }
  return distance;
}
