/** Reads the bundled sample project the way an importer would: files on disk, parsed by papaparse. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export const SAMPLE_DIR = new URL('../../../data/sample/', import.meta.url);

export type Row = Record<string, string>;

export interface Table {
  fields: string[];
  rows: Row[];
}

export function readSampleBytes(name: string): Buffer {
  return readFileSync(new URL(name, SAMPLE_DIR));
}

export function readSampleText(name: string): string {
  return readFileSync(new URL(name, SAMPLE_DIR), 'utf8');
}

/** Parses a sample CSV with its header row; throws on any parse error so tests fail loudly. */
export function readSampleCsv(name: string): Table {
  const result = Papa.parse<Row>(readSampleText(name), { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) {
    throw new Error(
      `${name}: ${result.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`,
    );
  }
  return { fields: result.meta.fields ?? [], rows: result.data };
}

export interface TieView {
  id: string;
  source: string;
  target: string;
  type: string;
  status: string;
  rows: Row[];
}

/** Gathers the rows of ties.csv by tie id: one row per spell. */
export function tiesById(rows: readonly Row[]): Map<string, TieView> {
  const ties = new Map<string, TieView>();
  for (const row of rows) {
    const id = row.id!;
    const tie = ties.get(id) ?? {
      id,
      source: row.source!,
      target: row.target!,
      type: row.type!,
      status: row.status!,
      rows: [],
    };
    tie.rows.push(row);
    ties.set(id, tie);
  }
  return ties;
}

/** An existing tie is active on `date` when one of its spells [start, end) contains it. */
export function isActiveOn(tie: TieView, date: string): boolean {
  return (
    tie.status === 'existing' &&
    tie.rows.some((r) => (r.start === '' || r.start! <= date) && (r.end === '' || date < r.end!))
  );
}

export function touches(tie: TieView, actorId: string): boolean {
  return tie.source === actorId || tie.target === actorId;
}
