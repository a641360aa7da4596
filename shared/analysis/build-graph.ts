import Graph from 'graphology';
import type { NetworkSnapshot } from '../api/network.ts';
import type { Tie, TieStatus } from '../domain/tie.ts';
import { idNumber, idNumbers } from '../graph/id-numbers.ts';
import { isActiveAt } from '../temporal/tie-spells.ts';
import {
  DEFAULT_STATUSES,
  chooseDirection,
  type DirectionChoice,
  type GraphSelection,
} from './graph-selection.ts';

export interface BuildGraphOptions {
  /** Tie statuses to include; ['existing'] by default: potential ties are not ties yet. */
  statuses?: readonly TieStatus[];
  /** Tie types to include; all by default. */
  tieTypes?: readonly string[] | null;
  /** Only ties active on this day (YYYY-MM-DD); all ties by default. */
  at?: string | null;
  /** For a mixed network, or forced with `forceDirection`; undirected (mutual) by default. */
  direction?: DirectionChoice;
  /** Apply `direction` even when the tie types agree among themselves (the CLI's flags). */
  forceDirection?: boolean;
  /** Read tie weights (the `weight` edge attribute); off by default. */
  weighted?: boolean;
}

export interface BuiltGraph {
  /** Actors as nodes (attributes name, sector, kind, region), ties as edges (type, weight, status). */
  graph: Graph;
  selection: GraphSelection;
}

/** The edge attribute that holds a tie's weight in graphs built here. */
export const WEIGHT_ATTRIBUTE = 'weight';

/**
 * The graphology graph of a project network (NetworkSnapshot from `network.get`).
 * Every actor is a node, isolates included (they matter in SNA). A tie is an edge when its
 * status and type are included and, with `at`, it is active that day; a tie whose end is not
 * among the actors is left out. Parallel ties stay separate edges (multigraph): the engine
 * sums them. Direction: see chooseDirection; in a directed reading an undirected tie is an
 * undirected edge of a mixed graph, which the engine counts both ways.
 * Pure: never changes the snapshot.
 */
export function buildGraph(snapshot: NetworkSnapshot, options: BuildGraphOptions = {}): BuiltGraph {
  const chosen = selectSnapshotTies(snapshot, options);
  const { ties, directed, isDirected } = chosen;
  const graph = new Graph({ type: directed ? 'mixed' : 'undirected', multi: true });
  for (const actor of snapshot.actors) {
    graph.addNode(actor.id, {
      label: actor.name,
      sector: actor.sector,
      kind: actor.kind,
      region: actor.region,
    });
  }
  for (const tie of ties) {
    const attributes = { type: tie.type, weight: tie.weight, status: tie.status };
    if (directed && isDirected(tie))
      graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
    else graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
  }
  return { graph, selection: chosen.selection };
}

/** The ties a snapshot's network holds under `options`, how they read, and the selection. */
export interface SnapshotTies {
  /** The actors' ids, by number. */
  ids: string[];
  ties: Tie[];
  /** Actor numbers (position in snapshot.actors) of each kept tie's ends: source, target, … */
  ends: Int32Array;
  /** Each kept tie's `weight`, by position in `ties`. */
  weights: Float64Array;
  /** 1 where a kept tie's own type is directed, by position in `ties`. */
  typeDirected: Uint8Array;
  directed: boolean;
  /** Whether one tie's own type is directed. */
  isDirected: (tie: Tie) => boolean;
  selection: GraphSelection;
}

/**
 * Which ties of a snapshot count and whether the network reads as directed (buildGraph's
 * rules, shared with prepareSnapshot so both give the same network). One pass over the tie
 * objects, one lookup per tie end: on a large network, reaching 50,000 objects scattered in
 * the heap and looking up their ends is most of the cost of reading it, so everything the
 * engine needs from a tie is read in that pass.
 */
export function selectSnapshotTies(
  snapshot: NetworkSnapshot,
  options: BuildGraphOptions = {},
): SnapshotTies {
  const statuses = [...(options.statuses ?? DEFAULT_STATUSES)];
  const tieTypes = options.tieTypes ? [...options.tieTypes] : null;
  const at = options.at ?? null;
  const directedTypes = new Map(snapshot.tieTypes.map((type) => [type.key, type.directed]));
  const isDirected = (tie: Tie): boolean => directedTypes.get(tie.type) ?? false;
  const ids = snapshot.actors.map((actor) => actor.id);
  const table = idNumbers(ids);
  // Crowded hashes (ids made to collide): V8's Map, whose hash is seeded at random.
  const fallback = table === null ? actorNumbers(ids) : null;
  const count = snapshot.ties.length;
  const ties: Tie[] = [];
  const ends = new Int32Array(count * 2);
  const weights = new Float64Array(count);
  const typeDirected = new Uint8Array(count);
  const found = new Uint8Array(2);
  keptTies(
    snapshot.ties,
    statuses,
    tieTypes,
    at,
    table?.slots ?? EMPTY_SLOTS,
    table?.keys ?? [],
    fallback,
    directedTypes,
    ties,
    ends,
    weights,
    typeDirected,
    found,
  );
  // Only whether each reading occurs matters to chooseDirection.
  const present = [...(found[0] === 1 ? [true] : []), ...(found[1] === 1 ? [false] : [])];
  const { directed, directionReason } = chooseDirection(
    present,
    options.direction,
    options.forceDirection ?? false,
  );
  const length = ties.length;
  return {
    ids,
    ties,
    ends: ends.subarray(0, 2 * length),
    weights: weights.subarray(0, length),
    typeDirected: typeDirected.subarray(0, length),
    directed,
    isDirected,
    selection: {
      directed,
      directionReason,
      statuses,
      tieTypes,
      weight: options.weighted ? WEIGHT_ATTRIBUTE : null,
      at,
      actors: table === null ? fallback!.size : table.size,
      ties: length,
    },
  };
}

/** Each actor's number (position in the list), by id. */
function actorNumbers(ids: readonly string[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  for (let index = 0; index < ids.length; index += 1) indexOf.set(ids[index]!, index);
  return indexOf;
}

const EMPTY_SLOTS = new Int32Array(0);

/** An id's actor number, or -1: from the table, or from the Map when there is one. */
function actorNumber(
  id: string,
  slots: Int32Array,
  keys: readonly string[],
  fallback: Map<string, number> | null,
): number {
  return fallback === null ? idNumber(id, slots, keys) : (fallback.get(id) ?? -1);
}

/**
 * The ties that count, pushed onto `ties`, with their ends' numbers (pairwise), weights and
 * whether their type is directed written by their position; `found` gets 1 at [0] when a
 * directed reading occurs, at [1] when an undirected one does.
 * Its own function so V8 optimises this loop once, not again when the caller's next
 * statements first run; and it takes arrays, never an object made for the call: optimised
 * code that reads (or makes) such an object depends on its hidden class, which a full
 * garbage collection frees once the call's objects are gone — the code is thrown away, and
 * the loop runs unoptimised again on the next call.
 */
function keptTies(
  all: readonly Tie[],
  statuses: readonly TieStatus[],
  tieTypes: readonly string[] | null,
  at: string | null,
  slots: Int32Array,
  keys: readonly string[],
  fallback: Map<string, number> | null,
  directedTypes: Map<string, boolean>,
  ties: Tie[],
  ends: Int32Array,
  weights: Float64Array,
  typeDirected: Uint8Array,
  found: Uint8Array,
): void {
  // Ties are stored in the order they were entered or imported, so one actor's ties tend to
  // come together (a survey respondent's, an edge list's rows), as do ties of one type: the
  // source and the type looked up last are checked first, a string comparison instead of a
  // hash lookup.
  let lastSourceId = '';
  let lastSource = -1;
  let lastType: string | null = null;
  let lastDirected = false;
  for (let index = 0; index < all.length; index += 1) {
    const tie = all[index]!;
    if (!statuses.includes(tie.status)) continue;
    if (tieTypes !== null && !tieTypes.includes(tie.type)) continue;
    if (at !== null && !isActiveAt(tie.spells, at)) continue;
    if (tie.source !== lastSourceId) {
      lastSourceId = tie.source;
      lastSource = actorNumber(tie.source, slots, keys, fallback);
    }
    const source = lastSource;
    const target = actorNumber(tie.target, slots, keys, fallback);
    if (source < 0 || target < 0) continue;
    if (tie.type !== lastType) {
      lastType = tie.type;
      lastDirected = directedTypes.get(lastType) ?? false;
    }
    const position = ties.length;
    ends[2 * position] = source;
    ends[2 * position + 1] = target;
    weights[position] = tie.weight;
    if (lastDirected) {
      typeDirected[position] = 1;
      found[0] = 1;
    } else {
      found[1] = 1;
    }
    ties.push(tie);
  }
}
