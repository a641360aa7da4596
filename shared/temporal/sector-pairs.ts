/** How a missing sector is written in sector-pair keys and matrices (no catalogue key can be "-"). */
export const NO_SECTOR = '-';

/** The two sectors of a tie in a fixed order (alphabetical), so A–B and B–A are one pair. */
export function sectorPair(first: string | null, second: string | null): [string, string] {
  const a = first ?? NO_SECTOR;
  const b = second ?? NO_SECTOR;
  return a <= b ? [a, b] : [b, a];
}

/** "cso|government": a sector pair as one text key. */
export function sectorPairKey(first: string | null, second: string | null): string {
  return sectorPair(first, second).join('|');
}

/**
 * Counts by sector pair as a symmetric matrix: counts[i][j] = counts[j][i] = number of items
 * between sectors i and j; the diagonal holds ties inside a sector. Sectors are the given
 * ones (in that order) plus any other met, sorted.
 */
export interface SectorPairMatrix {
  sectors: string[];
  counts: number[][];
}

export function sectorPairMatrix(
  pairs: Iterable<readonly [string | null, string | null]>,
  sectors: readonly string[] = [],
): SectorPairMatrix {
  const list = [...pairs].map(([a, b]) => sectorPair(a, b));
  const extra = [...new Set(list.flat())].filter((sector) => !sectors.includes(sector)).sort();
  const names = [...sectors, ...extra];
  const index = new Map(names.map((name, position) => [name, position]));
  const counts = names.map(() => names.map(() => 0));
  for (const [a, b] of list) {
    const i = index.get(a)!;
    const j = index.get(b)!;
    counts[i]![j]! += 1;
    if (i !== j) counts[j]![i]! += 1;
  }
  return { sectors: names, counts };
}

/** Counts by sector-pair key ("cso|government"), keys sorted. */
export function countBySectorPair(
  pairs: Iterable<readonly [string | null, string | null]>,
): Record<string, number> {
  const counts = new Map<string, number>();
  for (const [a, b] of pairs) {
    const key = sectorPairKey(a, b);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}
