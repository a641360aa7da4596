import { DEFAULT_SECTORS } from '../../domain/default-catalog.ts';
import { normaliseHeader } from './column-roles.ts';

/** Short forms people write in a sector column, beside the catalog's own keys and labels. */
const SHORT_FORMS: Record<string, string> = {
  osc: 'cso',
  ong: 'cso',
  ngo: 'cso',
  sociedadcivil: 'cso',
  civilsociety: 'cso',
  osi: 'iso',
  gobierno: 'government',
  gov: 'government',
  donante: 'donor',
  financiador: 'donor',
  funder: 'donor',
  privado: 'private',
  empresa: 'private',
  business: 'private',
  universidad: 'academia',
  academico: 'academia',
  medio: 'media',
  prensa: 'media',
  cooperacion: 'international',
  cooperacioninternacional: 'international',
  liderazgo: 'community_leader',
  lidercomunitario: 'community_leader',
};

/**
 * Every normalised way of writing a default sector: its key, both labels, the
 * abbreviation in a label's parentheses ("(OSC)") and the short forms above. Built once:
 * a sector cell is read for every actor of a file.
 */
const SECTOR_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const sector of DEFAULT_SECTORS) {
    const short = /\(([^)]+)\)/.exec(sector.labelEs)?.[1];
    for (const name of [sector.key, sector.labelEs, sector.labelEn, short]) {
      if (name === undefined) continue;
      const key = normaliseHeader(name);
      if (!names.has(key)) names.set(key, sector.key);
    }
  }
  for (const [short, key] of Object.entries(SHORT_FORMS)) {
    if (!names.has(short)) names.set(short, key);
  }
  return names;
})();

/**
 * The default catalog key a sector cell names ("OSC", "Gobierno", "Private sector" …), or
 * the trimmed text itself when it names none: the import job then offers to add it to the
 * project's catalog, so an unknown sector is kept, not lost.
 */
export function recogniseSector(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  return SECTOR_NAMES.get(normaliseHeader(value)) ?? value;
}
