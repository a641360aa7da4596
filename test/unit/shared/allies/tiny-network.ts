/** Small hand-made snapshots for the ally tests: actors by id, name and sector; dated ties. */
import { NetworkSnapshot } from '../../../../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';

export interface TinyTie {
  source: string;
  target: string;
  status?: 'existing' | 'potential';
  start?: string;
}

/** `actors` as [id, sector] (the name is the id) or [id, sector, name]. */
export function tinyNetwork(
  actors: readonly (readonly [string, string] | readonly [string, string, string])[],
  ties: readonly (TinyTie | readonly [string, string])[],
): NetworkSnapshot {
  return NetworkSnapshot.parse({
    actors: actors.map(([id, sector, name]) => ({
      id,
      name: name ?? id,
      sector,
      kind: 'organisation',
      region: null,
      attributes: {},
      notes: '',
    })),
    ties: ties.map((tie, index) => {
      const { source, target, status, start } = Array.isArray(tie)
        ? { source: tie[0], target: tie[1], status: undefined, start: undefined }
        : (tie as TinyTie);
      return {
        id: `t${index + 1}`,
        source,
        target,
        type: 'collaboration',
        weight: 1,
        status: status ?? 'existing',
        spells: start === undefined ? [] : [{ start, end: null }],
        evidence: null,
        note: '',
        attributes: {},
      };
    }),
    sectors: DEFAULT_SECTORS,
    tieTypes: DEFAULT_TIE_TYPES,
  });
}
