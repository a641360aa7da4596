import type { Position } from '../../../../shared/domain/view.ts';
import type { EdgeLook, NodeLook } from '../../../../shared/map/map-elements.ts';
import { bucketTies, type TieBucket } from '../../../../shared/map/tie-buckets.ts';

/** Per-actor state bits (Scene.actorFlags). */
export const ACTOR = {
  /** Left out by the filters. */
  HIDDEN: 1,
  /** Not present at the date (time slider): invisible, still laid out. */
  ABSENT: 2,
  HIGHLIGHT: 4,
  SELECTED: 8,
  JOINED: 16,
  LEFT: 32,
  QUIET: 64,
  QUIET_PROJECTOR: 128,
} as const;

/** Per-tie state bits (Scene.tieFlags). */
export const TIE = {
  HIDDEN: 1,
  ABSENT: 2,
  HIGHLIGHT: 4,
  SELECTED: 8,
  NEW: 16,
  ENDED: 32,
  ENDING: 64,
} as const;

/** Ties with any of these are drawn in the marked pass, over the plain ones. */
export const TIE_MARKED = TIE.HIGHLIGHT | TIE.SELECTED | TIE.NEW | TIE.ENDED | TIE.ENDING;
export const ACTOR_MARKED = ACTOR.HIGHLIGHT | ACTOR.SELECTED | ACTOR.JOINED | ACTOR.LEFT;

export interface ActorGroup {
  colour: string;
  /** Rounded square (organisation) rather than circle (person). */
  square: boolean;
  members: Int32Array;
}

/** The actors of a scene, in typed arrays indexed by actor: no object per element. */
export interface SceneActors {
  actorCount: number;
  ids: string[];
  indexOf: Map<string, number>;
  labels: string[];
  xs: Float64Array;
  ys: Float64Array;
  radii: Float32Array;
  fontSizes: Float32Array;
  colourIndex: Uint16Array;
  colours: string[];
  square: Uint8Array;
  /** Actors by colour and shape: one fill and one stroke per group. */
  actorGroups: ActorGroup[];
  actorFlags: Uint8Array;
}

/** The ties of a scene, indexed by tie, with each actor's ties. */
export interface SceneTies {
  /** What they were built from: the same list over the same actors reuses them. */
  edges: readonly EdgeLook[];
  tieCount: number;
  /** Found by position when a tie is chosen: a map of 100,000 ids cost every drawing 30 ms. */
  tieIds: string[];
  sources: Int32Array;
  targets: Int32Array;
  directed: Uint8Array;
  bucketOf: Uint16Array;
  buckets: TieBucket[];
  tieFlags: Uint8Array;
  /** Ties of actor a: adjacentTies[adjacencyStart[a] … adjacencyStart[a + 1]). */
  adjacencyStart: Int32Array;
  adjacentTies: Int32Array;
}

/**
 * Everything the canvas draws, in typed arrays indexed by actor and tie, so drawing and hit
 * testing walk flat memory.
 */
export type Scene = SceneActors & SceneTies;

/**
 * The scene for `nodes` and `edges`: actors already in `previous` keep their position (an
 * actor never jumps when the date or the looks change), new ones go to `positionOf`. Ties
 * whose ends are not both actors are left out. State bits start clear.
 */
export function buildScene(
  nodes: readonly NodeLook[],
  edges: readonly EdgeLook[],
  positionOf: (id: string) => Position,
  previous: Scene | null,
): Scene {
  const actors = sceneActors(nodes, positionOf, previous);
  return { ...actors, ...sceneTies(actors, edges, previous) };
}

export function sceneActors(
  nodes: readonly NodeLook[],
  positionOf: (id: string) => Position,
  previous: SceneActors | null,
): SceneActors {
  const actorCount = nodes.length;
  const ids = nodes.map((node) => node.id);
  const indexOf = new Map<string, number>();
  const xs = new Float64Array(actorCount);
  const ys = new Float64Array(actorCount);
  const radii = new Float32Array(actorCount);
  const fontSizes = new Float32Array(actorCount);
  const colourIndex = new Uint16Array(actorCount);
  const square = new Uint8Array(actorCount);
  const colourKeys = new Map<string, number>();
  const colours: string[] = [];
  nodes.forEach((node, index) => {
    indexOf.set(node.id, index);
    const known = previous?.indexOf.get(node.id);
    const position =
      known !== undefined
        ? { x: previous!.xs[known]!, y: previous!.ys[known]! }
        : positionOf(node.id);
    xs[index] = position.x;
    ys[index] = position.y;
    radii[index] = node.size / 2;
    fontSizes[index] = node.fontSize;
    let colour = colourKeys.get(node.colour);
    if (colour === undefined) {
      colour = colours.length;
      colourKeys.set(node.colour, colour);
      colours.push(node.colour);
    }
    colourIndex[index] = colour;
    square[index] = node.shape === 'ellipse' ? 0 : 1;
  });
  return {
    actorCount,
    ids,
    indexOf,
    labels: nodes.map((node) => node.label),
    xs,
    ys,
    radii,
    fontSizes,
    colourIndex,
    colours,
    square,
    actorGroups: groupActors(colourIndex, square, colours),
    actorFlags: new Uint8Array(actorCount),
  };
}

/**
 * The ties of `edges` between `actors`. Those of `previous` when it was built from the same
 * list over the same actors in the same order (new looks or measures for the actors, say):
 * at 100,000 ties building them takes a tenth of a second. Their state bits start clear.
 */
export function sceneTies(
  actors: SceneActors,
  edges: readonly EdgeLook[],
  previous: Scene | null,
): SceneTies {
  if (previous && previous.edges === edges && sameIds(previous.ids, actors.ids)) {
    const { tieCount, tieIds, sources, targets, directed, bucketOf, buckets } = previous;
    const { adjacencyStart, adjacentTies } = previous;
    const tieFlags = new Uint8Array(tieCount);
    return {
      edges,
      tieCount,
      tieIds,
      sources,
      targets,
      directed,
      bucketOf,
      buckets,
      tieFlags,
      adjacencyStart,
      adjacentTies,
    };
  }
  const { actorCount, indexOf } = actors;
  // One pass: each end looked up once (the ids of 100,000 ties are the costliest part here).
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const directed = new Uint8Array(edges.length);
  const kept: EdgeLook[] = [];
  const degree = new Int32Array(actorCount + 1);
  for (const edge of edges) {
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    const index = kept.length;
    kept.push(edge);
    sources[index] = s;
    targets[index] = t;
    directed[index] = edge.directed ? 1 : 0;
    degree[s + 1]! += 1;
    if (t !== s) degree[t + 1]! += 1;
  }
  const tieCount = kept.length;
  for (let a = 1; a <= actorCount; a += 1) degree[a]! += degree[a - 1]!;
  const adjacencyStart = degree;
  const adjacentTies = new Int32Array(adjacencyStart[actorCount]!);
  const filled = adjacencyStart.slice(0, actorCount);
  for (let tie = 0; tie < tieCount; tie += 1) {
    adjacentTies[filled[sources[tie]!]!++] = tie;
    if (targets[tie] !== sources[tie]) adjacentTies[filled[targets[tie]!]!++] = tie;
  }
  const { bucketOf, buckets } = bucketTies(kept);
  return {
    edges,
    tieCount,
    tieIds: kept.map((edge) => edge.id),
    sources: sources.subarray(0, tieCount),
    targets: targets.subarray(0, tieCount),
    directed: directed.subarray(0, tieCount),
    bucketOf,
    buckets,
    tieFlags: new Uint8Array(tieCount),
    adjacencyStart,
    adjacentTies,
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function groupActors(
  colourIndex: Uint16Array,
  square: Uint8Array,
  colours: string[],
): ActorGroup[] {
  const counts = new Int32Array(colours.length * 2);
  for (let a = 0; a < colourIndex.length; a += 1) counts[colourIndex[a]! * 2 + square[a]!]! += 1;
  const groups: (ActorGroup & { filled: number })[] = [];
  const groupOf = new Int32Array(colours.length * 2).fill(-1);
  counts.forEach((count, key) => {
    if (count === 0) return;
    groupOf[key] = groups.length;
    groups.push({
      colour: colours[key >> 1]!,
      square: (key & 1) === 1,
      members: new Int32Array(count),
      filled: 0,
    });
  });
  for (let a = 0; a < colourIndex.length; a += 1) {
    const group = groups[groupOf[colourIndex[a]! * 2 + square[a]!]!]!;
    group.members[group.filled++] = a;
  }
  return groups.map(({ colour, square: isSquare, members }) => ({
    colour,
    square: isSquare,
    members,
  }));
}
