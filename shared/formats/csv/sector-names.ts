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
 * The default catalog key a sector cell names ("OSC", "Gobierno", "Private sector" …), or
 * the trimmed text itself when it names none: the import job then offers to add it to the
 * project's catalog, so an unknown sector is kept, not lost.
 */
export function recogniseSector(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  const normalised = normaliseHeader(value);
  for (const sector of DEFAULT_SECTORS) {
    const names = [sector.key, sector.labelEs, sector.labelEn].map(normaliseHeader);
    if (names.includes(normalised)) return sector.key;
    const short = /\(([^)]+)\)/.exec(sector.labelEs)?.[1];
    if (short !== undefined && normaliseHeader(short) === normalised) return sector.key;
  }
  return SHORT_FORMS[normalised] ?? value;
}
