import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';

/**
 * Louvain community of v: the group v falls in when communities are grown greedily to
 * maximise modularity, then merged and grown again.
 * Directed: uses directed modularity (Leicht & Newman). Weighted: optional (tie weight).
 * Normalised: communities are numbered 0, 1, … in the order of their first actor.
 * Seeded: randomness comes only from `random` (the order actors are visited in), so the same
 * network, order and seed always give the same communities.
 * Ref: Blondel et al. 2008, J. Stat. Mech. P10008; the queue of actors to revisit follows
 * Traag, Waltman & van Eck 2019 ("fast local moves"), as graphology's Louvain does.
 */
export function louvainCommunities(
  adjacency: Adjacency,
  random: () => number,
  resolution = 1,
): Int32Array {
  const { order } = adjacency;
  const communities = Int32Array.from({ length: order }, (_value, node) => node);
  if (adjacency.size === 0) return communities;
  let level = firstLevel(adjacency);
  for (;;) {
    const moved = moveNodes(level, random, resolution);
    if (moved.count === level.order) break;
    for (let node = 0; node < order; node += 1)
      communities[node] = moved.labels[communities[node]!]!;
    if (moved.count === 1) break;
    level = aggregate(level, moved.labels, moved.count);
  }
  return numberByFirstActor(communities);
}

/**
 * One level of the method. Modularity only needs, between two different (groups of) actors,
 * the tie weight both ways together, plus each one's out- and in-strength. An undirected
 * network is the directed one with every tie both ways, which gives the same modularity.
 */
interface Level {
  order: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** w(u→v) + w(v→u), the same in both rows; never a self-loop. */
  weights: Float64Array;
  outStrength: Float64Array;
  inStrength: Float64Array;
  /** Total weight of all arcs (2m for an undirected network). */
  total: number;
}

function firstLevel(adjacency: Adjacency): Level {
  const { order, outOffsets, outWeights, inOffsets, inWeights } = adjacency;
  const outStrength = new Float64Array(order);
  const inStrength = new Float64Array(order);
  let total = 0;
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1)
      outStrength[node]! += outWeights[arc]!;
    for (let arc = inOffsets[node]!; arc < inOffsets[node + 1]!; arc += 1)
      inStrength[node]! += inWeights[arc]!;
    total += outStrength[node]!;
  }
  const both = undirectedView(adjacency);
  // An undirected tie u–v is the two arcs u→v and v→u: their sum is twice its weight.
  const weights = adjacency.directed ? both.outWeights : both.outWeights.map((w) => 2 * w);
  return {
    order,
    offsets: both.outOffsets,
    targets: both.outTargets,
    weights,
    outStrength,
    inStrength,
    total,
  };
}

/**
 * Moves actors one at a time to the neighbouring community that raises modularity most, until
 * none gains; visits start in a seeded random order, then only actors whose neighbourhood
 * changed are revisited. Returns each actor's community, numbered 0..count-1.
 */
function moveNodes(
  level: Level,
  random: () => number,
  resolution: number,
): { labels: Int32Array; count: number } {
  const { order, offsets, targets, weights, outStrength, inStrength, total } = level;
  const community = Int32Array.from({ length: order }, (_value, node) => node);
  const communityOut = outStrength.slice();
  const communityIn = inStrength.slice();
  // Weight from the visited actor to each neighbouring community, and which those are.
  const toCommunity = new Float64Array(order);
  const neighbours = new Int32Array(order);
  const queue = shuffled(order, random);
  const queued = new Uint8Array(order).fill(1);
  let head = 0;
  let pending = order;
  const scale = resolution / total;
  while (pending > 0) {
    const node = queue[head]!;
    head = head + 1 === order ? 0 : head + 1;
    pending -= 1;
    queued[node] = 0;
    const own = community[node]!;
    let found = 0;
    toCommunity[own] = 0;
    neighbours[found++] = own;
    for (let arc = offsets[node]!; arc < offsets[node + 1]!; arc += 1) {
      const other = community[targets[arc]!]!;
      if (toCommunity[other] === 0 && other !== own) neighbours[found++] = other;
      toCommunity[other]! += weights[arc]!;
    }
    const nodeOut = outStrength[node]!;
    const nodeIn = inStrength[node]!;
    communityOut[own]! -= nodeOut;
    communityIn[own]! -= nodeIn;
    // Gain of joining a community (up to a constant factor): ties to it minus those expected.
    // Written out, not as a closure: one is made per visit otherwise, in the hottest loop.
    let best = own;
    let bestGain =
      toCommunity[own]! - scale * (nodeOut * communityIn[own]! + nodeIn * communityOut[own]!);
    for (let index = 1; index < found; index += 1) {
      const candidate = neighbours[index]!;
      const gain =
        toCommunity[candidate]! -
        scale * (nodeOut * communityIn[candidate]! + nodeIn * communityOut[candidate]!);
      // A strict, slightly padded improvement: rounding never makes an actor flip back and forth.
      if (gain > bestGain + 1e-12 * Math.abs(bestGain) + 1e-15) {
        best = candidate;
        bestGain = gain;
      }
    }
    communityOut[best]! += nodeOut;
    communityIn[best]! += nodeIn;
    for (let index = 0; index < found; index += 1) toCommunity[neighbours[index]!] = 0;
    if (best === own) continue;
    community[node] = best;
    for (let arc = offsets[node]!; arc < offsets[node + 1]!; arc += 1) {
      const neighbour = targets[arc]!;
      if (queued[neighbour] === 1 || community[neighbour] === best) continue;
      queued[neighbour] = 1;
      const tail = head + pending;
      queue[tail >= order ? tail - order : tail] = neighbour;
      pending += 1;
    }
  }
  return renumber(community);
}

/** Community numbers made consecutive, in order of first appearance. */
function renumber(community: Int32Array): { labels: Int32Array; count: number } {
  const fresh = new Int32Array(community.length).fill(-1);
  const labels = new Int32Array(community.length);
  let count = 0;
  for (let node = 0; node < community.length; node += 1) {
    const old = community[node]!;
    if (fresh[old] === -1) fresh[old] = count++;
    labels[node] = fresh[old]!;
  }
  return { labels, count };
}

/** The network of communities: one node per community, ties between them summed. */
function aggregate(level: Level, labels: Int32Array, count: number): Level {
  const outStrength = new Float64Array(count);
  const inStrength = new Float64Array(count);
  for (let node = 0; node < level.order; node += 1) {
    outStrength[labels[node]!]! += level.outStrength[node]!;
    inStrength[labels[node]!]! += level.inStrength[node]!;
  }
  // Members grouped by community (counting sort), then each community's row merged at once.
  const memberStart = new Int32Array(count + 1);
  for (let node = 0; node < level.order; node += 1) memberStart[labels[node]! + 1]! += 1;
  for (let group = 0; group < count; group += 1) memberStart[group + 1]! += memberStart[group]!;
  const members = new Int32Array(level.order);
  const fill = memberStart.slice(0, count);
  for (let node = 0; node < level.order; node += 1) members[fill[labels[node]!]!++] = node;
  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(level.targets.length);
  const weights = new Float64Array(level.targets.length);
  const slot = new Int32Array(count).fill(-1);
  let written = 0;
  for (let group = 0; group < count; group += 1) {
    const rowStart = written;
    for (let member = memberStart[group]!; member < memberStart[group + 1]!; member += 1) {
      const node = members[member]!;
      for (let arc = level.offsets[node]!; arc < level.offsets[node + 1]!; arc += 1) {
        const other = labels[level.targets[arc]!]!;
        if (other === group) continue;
        if (slot[other]! < rowStart) {
          slot[other] = written;
          targets[written] = other;
          weights[written] = 0;
          written += 1;
        }
        weights[slot[other]!]! += level.weights[arc]!;
      }
    }
    offsets[group + 1] = written;
  }
  return {
    order: count,
    offsets,
    targets: targets.slice(0, written),
    weights: weights.slice(0, written),
    outStrength,
    inStrength,
    total: level.total,
  };
}

/** 0..order-1 in a seeded random order (Fisher–Yates). */
function shuffled(order: number, random: () => number): Int32Array {
  const result = Int32Array.from({ length: order }, (_value, node) => node);
  for (let index = order - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const swap = result[index]!;
    result[index] = result[other]!;
    result[other] = swap;
  }
  return result;
}

function numberByFirstActor(communities: Int32Array): Int32Array {
  return renumber(communities).labels;
}
