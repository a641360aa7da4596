import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export type CsvRecord = Record<string, string>;

/** Reads one CSV of the bundled sample; an empty cell means "no value". */
export function readSampleCsv(directory: string, file: string): CsvRecord[] {
  const text = readFileSync(join(directory, file), 'utf8');
  const parsed = Papa.parse<CsvRecord>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new Error(`${file}, row ${(first.row ?? 0) + 2}: ${first.message}`);
  }
  return parsed.data;
}

export function cell(record: CsvRecord, column: string): string | null {
  const value = record[column]?.trim();
  return value ? value : null;
}
