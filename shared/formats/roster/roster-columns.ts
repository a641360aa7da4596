import { normaliseHeader } from '../csv/column-roles.ts';

/**
 * Header spellings of roster surveys. KoboToolbox names columns after the form's question
 * names, prefixed by their group path ("datos/organizacion"), so only the last path
 * segment is compared. Ref: https://support.kobotoolbox.org/export_download.html
 */
export const ROSTER_HEADERS = {
  respondent: [
    'organizacion',
    'organization',
    'organisation',
    'respondent',
    'nombre',
    'name',
    'label',
    'actor',
    'nombredelaorganizacion',
    'suorganizacion',
  ],
  partners: [
    'partners',
    'socios',
    'aliados',
    'aliadas',
    'alianzas',
    'colaboradores',
    'partner',
    'socio',
    'aliado',
    'aliada',
  ],
  sector: ['sector'],
  region: ['region', 'estado', 'state'],
  type: ['tipo', 'type', 'tipovinculo', 'tipodevinculo', 'relacion', 'tiporelacion'],
  frequency: ['frecuencia', 'frequency', 'freq', 'peso', 'weight', 'intensidad'],
  index: ['index'],
  parentIndex: ['parentindex'],
} as const;

export type RosterRole = keyof typeof ROSTER_HEADERS;

/** The last segment of a Kobo group path, normalised: "grupo/Organización" → "organizacion". */
export function rosterHeader(header: string): string {
  return normaliseHeader(header.split('/').at(-1) ?? header);
}

/** The first column whose header is one of `role`'s spellings and not an expanded choice column. */
export function findRosterColumn(headers: readonly string[], role: RosterRole): number | undefined {
  const spellings: readonly string[] = ROSTER_HEADERS[role];
  const index = headers.findIndex(
    (header) => !isChoiceColumn(header, headers) && spellings.includes(rosterHeader(header)),
  );
  return index < 0 ? undefined : index;
}

/**
 * Kobo's XLS export adds one 0/1 column per choice of a select_multiple question, named
 * "question/choice" beside the "question" column itself; those repeat the answer.
 */
export function isChoiceColumn(header: string, headers: readonly string[]): boolean {
  const slash = header.lastIndexOf('/');
  return slash > 0 && headers.includes(header.slice(0, slash));
}

/**
 * Repeated partner columns, numbered: partner_1, partner_2 … / socio_1 … / aliado1 …, with
 * optional per-partner type and frequency columns (tipo_1, frecuencia_1, partner_1_type …).
 */
export function findNumberedColumns(
  headers: readonly string[],
): Map<number, { partner?: number; type?: number; frequency?: number }> {
  const numbered = new Map<number, { partner?: number; type?: number; frequency?: number }>();
  headers.forEach((header, column) => {
    const name = header.split('/').at(-1)!.toLowerCase();
    const match = /^([a-záéíóúñ]+)_?(\d+)(?:_?([a-záéíóúñ]+))?$/.exec(normaliseWords(name));
    if (!match) return;
    const [first, number, second] = [match[1]!, Number(match[2]), match[3]];
    const role = roleOfWord(second ?? first, second !== undefined);
    if (role === null || (second === undefined && role !== 'partner' && !isTypeOrFrequency(first)))
      return;
    const entry = numbered.get(number) ?? {};
    if (entry[role] === undefined) entry[role] = column;
    numbered.set(number, entry);
  });
  for (const [number, entry] of numbered) if (entry.partner === undefined) numbered.delete(number);
  return numbered;
}

function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s-]+/g, '_');
}

function roleOfWord(word: string, suffix: boolean): 'partner' | 'type' | 'frequency' | null {
  const normal = normaliseHeader(word);
  if (!suffix && (ROSTER_HEADERS.partners as readonly string[]).includes(normal)) return 'partner';
  if ((ROSTER_HEADERS.type as readonly string[]).includes(normal)) return 'type';
  if ((ROSTER_HEADERS.frequency as readonly string[]).includes(normal)) return 'frequency';
  return null;
}

function isTypeOrFrequency(word: string): boolean {
  return roleOfWord(word, true) !== null;
}
