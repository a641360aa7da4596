/** The bundled sample project as a NetworkSnapshot, read from its CSV files with papaparse. */
import { NetworkSnapshot } from '../../../../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import { readSampleCsv, tiesById } from '../../data/sample-tables.ts';

const orNull = (text: string | undefined): string | null =>
  text === undefined || text === '' ? null : text;

export function readSampleSnapshot(): NetworkSnapshot {
  const actors = readSampleCsv('actors.csv').rows.map((row) => ({
    id: row.id,
    name: row.name,
    sector: orNull(row.sector),
    kind: row.kind,
    region: orNull(row.region),
    attributes: {},
    notes: '',
  }));
  const ties = [...tiesById(readSampleCsv('ties.csv').rows).values()].map((tie) => ({
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: tie.type,
    weight: Number(tie.rows[0]!.weight),
    status: tie.status,
    spells: tie.rows
      .filter((row) => row.start !== '' || row.end !== '')
      .map((row) => ({ start: orNull(row.start), end: orNull(row.end) })),
    evidence: orNull(tie.rows[0]!.evidence),
    note: '',
    attributes: {},
  }));
  return NetworkSnapshot.parse({
    actors,
    ties,
    sectors: DEFAULT_SECTORS,
    tieTypes: DEFAULT_TIE_TYPES,
  });
}
