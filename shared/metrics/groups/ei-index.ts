import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Krackhardt–Stern E-I index: (E − I) / (E + I), where E counts ties that leave a group and
 * I ties inside it; −1 = all ties inside groups, +1 = all ties across.
 * Directed: direction ignored, each tie counted once. Weighted: no (counts ties).
 * Normalised: yes, [−1, 1]. Null when no tie counts (E + I = 0).
 * Ref: Krackhardt & Stern 1988, Social Psychology Quarterly 51:123–140.
 */
export function eiIndex(external: number, internal: number): number | null {
  return external + internal === 0 ? null : (external - internal) / (external + internal);
}

export interface SectorEiIndex {
  whole: number | null;
  bySector: Record<string, number | null>;
}

/**
 * E-I index of the whole network by sector (E = ties between sectors, I = ties inside one)
 * and of each sector (E = its ties to other sectors, I = ties among its members).
 * Ties with an actor without sector are left out.
 */
export function sectorEiIndex(
  adjacency: Adjacency,
  sectors: readonly (string | null)[],
): SectorEiIndex {
  const external = new Map<string, number>();
  const internal = new Map<string, number>();
  let externalTotal = 0;
  let internalTotal = 0;
  forEachTieOnce(adjacency, (source, target) => {
    const from = sectors[source] ?? null;
    const to = sectors[target] ?? null;
    if (from === null || to === null) return;
    if (from === to) {
      internalTotal += 1;
      internal.set(from, (internal.get(from) ?? 0) + 1);
      return;
    }
    externalTotal += 1;
    external.set(from, (external.get(from) ?? 0) + 1);
    external.set(to, (external.get(to) ?? 0) + 1);
  });
  const names = [...new Set(sectors.filter((sector): sector is string => sector !== null))].sort();
  const bySector: Record<string, number | null> = {};
  for (const name of names)
    bySector[name] = eiIndex(external.get(name) ?? 0, internal.get(name) ?? 0);
  return { whole: eiIndex(externalTotal, internalTotal), bySector };
}

/**
 * E-I index of each group (learning community): E = ties with exactly one end in the group,
 * I = ties with both ends in it. Groups may overlap; members absent from the network are
 * ignored.
 */
export function groupEiIndex(
  adjacency: Adjacency,
  groups: ReadonlyMap<string, Uint8Array>,
): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  for (const [name, members] of groups) {
    let external = 0;
    let internal = 0;
    forEachTieOnce(adjacency, (source, target) => {
      const inside = members[source]! + members[target]!;
      if (inside === 2) internal += 1;
      else if (inside === 1) external += 1;
    });
    result[name] = eiIndex(external, internal);
  }
  return result;
}

/** Calls visit once per tie: directed ties as they are, undirected ones once. */
export function forEachTieOnce(
  adjacency: Adjacency,
  visit: (source: number, target: number) => void,
): void {
  const { order, outOffsets, outTargets, directed } = adjacency;
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const target = outTargets[arc]!;
      if (directed || target > node) visit(node, target);
    }
  }
}
