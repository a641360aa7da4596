import type { ImportFormat } from '../../../shared/api/imports.ts';

export type ChosenFormat = Exclude<ImportFormat, 'auto'>;

/** The formats the wizard offers, in the order of its select. */
export const IMPORT_FORMATS: readonly ChosenFormat[] = [
  'csv',
  'xlsx',
  'roster',
  'events',
  'gexf',
  'graphml',
  'dl',
  'net',
];

const BY_EXTENSION: Readonly<Record<string, ChosenFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  gexf: 'gexf',
  graphml: 'graphml',
  dl: 'dl',
  net: 'net',
  paj: 'net',
};

/**
 * The format the file names suggest, as the backend's `auto` reads them (extension only:
 * a roster survey or an events file looks like any CSV or workbook, so the user says so).
 * Files of different kinds give null: the user chooses.
 */
export function detectFormat(names: readonly string[]): ChosenFormat | null {
  const formats = new Set(names.map(formatOfName));
  if (formats.size !== 1) return null;
  const [only] = [...formats];
  return only ?? null;
}

function formatOfName(name: string): ChosenFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}

/** Only tables come in pairs (nodes + ties, events + attendance). */
export function acceptsTwoFiles(format: ChosenFormat | null): boolean {
  return format === 'csv' || format === 'events';
}

/** Roster surveys need their wave date; the others may use it for ties without dates. */
export function needsWave(format: ChosenFormat | null): boolean {
  return format === 'roster';
}
