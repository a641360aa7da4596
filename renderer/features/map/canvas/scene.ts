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

/**
 * Everything the canvas draws, in typed arrays indexed by actor and tie: no object per element,
 * so drawing and hit testing walk flat memory.
 */
export interface Scene {
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
  tieCount: number;
  tieIds: string[];
  tieIndexOf: Map<string, number>;
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
  const kept = edges.filter((edge) => indexOf.has(edge.source) && indexOf.has(edge.target));
  const tieCount = kept.length;
  const sources = new Int32Array(tieCount);
  const targets = new Int32Array(tieCount);
  const directed = new Uint8Array(tieCount);
  const tieIndexOf = new Map<string, number>();
  const degree = new Int32Array(actorCount + 1);
  kept.forEach((edge, index) => {
    tieIndexOf.set(edge.id, index);
    const [s, t] = [indexOf.get(edge.source)!, indexOf.get(edge.target)!];
    sources[index] = s;
    targets[index] = t;
    directed[index] = edge.directed ? 1 : 0;
    degree[s + 1]! += 1;
    if (t !== s) degree[t + 1]! += 1;
  });
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
    tieCount,
    tieIds: kept.map((edge) => edge.id),
    tieIndexOf,
    sources,
    targets,
    directed,
    bucketOf,
    buckets,
    tieFlags: new Uint8Array(tieCount),
    adjacencyStart,
    adjacentTies,
  };
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
