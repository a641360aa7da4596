import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Louvain community of v: the group v falls in when communities are grown greedily to
 * maximise modularity, then merged and grown again.
 * Directed: uses directed modularity (Leicht & Newman). Weighted: optional (tie weight).
 * Normalised: communities are numbered 0, 1, … in the order of their first actor.
 * Seeded: randomness comes only from `random`, so the same network, order and seed always give
 * the same communities. Computed by graphology-communities-louvain on a copy of the network.
 * Ref: Blondel et al. 2008, J. Stat. Mech. P10008.
 */
export function louvainCommunities(adjacency: Adjacency, random: () => number): Int32Array {
  const { order, outOffsets, outTargets, outWeights, directed } = adjacency;
  const communities = new Int32Array(order);
  if (adjacency.size === 0) return communities.map((_community, node) => node);
  const copy = new Graph({ type: directed ? 'directed' : 'undirected', multi: false });
  for (let node = 0; node < order; node += 1) copy.addNode(String(node));
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const target = outTargets[arc]!;
      if (!directed && target < node) continue;
      copy.addEdge(String(node), String(target), { weight: outWeights[arc]! });
    }
  }
  const found = louvain(copy, { getEdgeWeight: 'weight', rng: random, resolution: 1 });
  const renamed = new Map<number, number>();
  for (let node = 0; node < order; node += 1) {
    const community = found[String(node)]!;
    if (!renamed.has(community)) renamed.set(community, renamed.size);
    communities[node] = renamed.get(community)!;
  }
  return communities;
}
