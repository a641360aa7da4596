import type { NewAlliance } from '../../../shared/temporal/new-alliances.ts';
import type { SectorPairMatrix } from '../../../shared/temporal/sector-pairs.ts';
import type { SeriesResult } from '../../workers/series-schemas.ts';

/** Which periods the sector-pair matrix and the alliance list show: all, or one by index. */
export type PeriodPick = 'all' | number;

/**
 * Sector-pair matrices added cell by cell. Sectors keep the first matrix's order, then any
 * sector only a later one met (they differ when a period meets an actor without a sector).
 */
export function sumMatrices(matrices: readonly SectorPairMatrix[]): SectorPairMatrix {
  const sectors: string[] = [];
  for (const matrix of matrices) {
    for (const sector of matrix.sectors) if (!sectors.includes(sector)) sectors.push(sector);
  }
  const index = new Map(sectors.map((sector, position) => [sector, position]));
  const counts = sectors.map(() => sectors.map(() => 0));
  for (const matrix of matrices) {
    matrix.counts.forEach((row, i) =>
      row.forEach((count, j) => {
        counts[index.get(matrix.sectors[i]!)!]![index.get(matrix.sectors[j]!)!]! += count;
      }),
    );
  }
  return { sectors, counts };
}

/**
 * Drops the sectors with no count in their row, so a matrix over a catalogue of nine sectors
 * shows only the ones where something happened. The matrix is symmetric, so rows suffice.
 */
export function withoutEmptySectors(matrix: SectorPairMatrix): SectorPairMatrix {
  const keep = matrix.counts
    .map((row, i) => (row.some((count) => count > 0) ? i : -1))
    .filter((i) => i >= 0);
  return {
    sectors: keep.map((i) => matrix.sectors[i]!),
    counts: keep.map((i) => keep.map((j) => matrix.counts[i]![j]!)),
  };
}

/** The formed or ended matrix of the picked periods. */
export function pickedMatrix(
  result: SeriesResult,
  which: 'formed' | 'ended',
  pick: PeriodPick,
): SectorPairMatrix {
  const changes = pick === 'all' ? result.changes : [result.changes[pick]!].filter(Boolean);
  const matrices = changes.map((period) =>
    which === 'formed' ? period.formedMatrix : period.endedMatrix,
  );
  return withoutEmptySectors(sumMatrices(matrices));
}

/** The new alliances of the picked periods, in date order. */
export function pickedAlliances(result: SeriesResult, pick: PeriodPick): NewAlliance[] {
  const periods = pick === 'all' ? result.alliances : [result.alliances[pick]!].filter(Boolean);
  return periods.flatMap((period) => period.alliances);
}
