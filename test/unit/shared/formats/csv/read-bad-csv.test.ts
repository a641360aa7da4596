import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readNetworkCsv } from '../../../../../shared/formats/csv/read-network-csv.ts';
import type { ParsedNetwork } from '../../../../../shared/formats/parsed-network.ts';
import { importProblems as english } from '../../../../../shared/i18n/en/import-problems.ts';

const badFolder = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/bad');

function chunksOf(name: string): Uint8Array[] {
  return [new Uint8Array(readFileSync(join(badFolder, name)))];
}

function readTies(name: string, nodes?: string): Promise<ParsedNetwork> {
  return readNetworkCsv({
    ties: { file: name, chunks: chunksOf(name) },
    ...(nodes ? { actors: { file: nodes, chunks: chunksOf(nodes) } } : {}),
  });
}

/** The corpus of issue 4 (test/fixtures/bad, made by make-bad-fixtures.ts) and what each must say. */
const corpus: {
  file: string;
  nodes?: string;
  code: string;
  severity: 'error' | 'warning';
  /** The row named, or null for a problem about the whole file. */
  row?: number | null;
  column?: string;
}[] = [
  { file: 'empty.csv', code: 'emptyFile', severity: 'error' },
  { file: 'header-only.csv', code: 'headerOnly', severity: 'warning' },
  { file: 'wrong-delimiter.csv', code: 'singleColumn', severity: 'error' },
  { file: 'ragged.csv', code: 'raggedRow', severity: 'error', row: 3 },
  {
    file: 'unknown-actor-ties.csv',
    nodes: 'unknown-actor-nodes.csv',
    code: 'unknownActor',
    severity: 'error',
    row: 3,
    column: 'target',
  },
  // A whole-file error: no row is named (not the header's), since no tie can be read.
  { file: 'missing-target-column.csv', code: 'noTargetColumn', severity: 'error', row: null },
  { file: 'self-loop.csv', code: 'selfLoop', severity: 'warning', row: 3 },
  { file: 'duplicate-ties.csv', code: 'duplicateTie', severity: 'warning', row: 3 },
  {
    file: 'impossible-date.csv',
    code: 'impossibleDate',
    severity: 'error',
    row: 2,
    column: 'start',
  },
  { file: 'invalid-date.csv', code: 'invalidDate', severity: 'error', row: 2, column: 'start' },
  {
    file: 'end-before-start.csv',
    code: 'endBeforeStart',
    severity: 'error',
    row: 2,
    column: 'end',
  },
  {
    file: 'negative-weight.csv',
    code: 'negativeWeight',
    severity: 'warning',
    row: 2,
    column: 'weight',
  },
  {
    file: 'non-numeric-weight.csv',
    code: 'invalidWeight',
    severity: 'error',
    row: 2,
    column: 'weight',
  },
  { file: 'formula-cells.csv', code: 'formulaCell', severity: 'warning', row: 2, column: 'note' },
  { file: 'unclosed-quote.csv', code: 'unclosedQuote', severity: 'error', row: 2 },
  { file: 'binary.csv', code: 'binaryFile', severity: 'error' },
  { file: 'really-xlsx.csv', code: 'xlsxNotCsv', severity: 'error' },
];

describe('bad CSV input', () => {
  it.each(corpus)(
    '$file is reported as $code',
    async ({ file, nodes, code, severity, row, column }) => {
      const network = await readTies(file, nodes);
      const problem = network.problems.find((found) => found.code === code);
      expect(problem, JSON.stringify(network.problems)).toBeDefined();
      expect(problem!.severity).toBe(severity);
      expect(problem!.place.file).toBe(file);
      if (row !== undefined) expect(problem!.place.row).toBe(row ?? undefined);
      if (column !== undefined) expect(problem!.place.column).toBe(column);
    },
  );

  it('has an English message for every problem code it reports', async () => {
    for (const { file, nodes } of corpus) {
      for (const problem of (await readTies(file, nodes)).problems) {
        expect(Object.keys(english)).toContain(problem.code);
      }
    }
  });

  it('keeps the rows that are fine beside a rejected one', async () => {
    const network = await readTies('ragged.csv');
    expect(network.ties.map((tie) => [tie.source, tie.target])).toEqual([['A', 'B']]);
  });

  it('keeps a formula cell as plain text', async () => {
    const network = await readTies('formula-cells.csv');
    expect(network.ties[0]!.note).toBe('=HYPERLINK("http://example.com")');
  });

  it('reads a Windows-1252 file from Excel in Spanish with its accents and says so', async () => {
    const network = await readNetworkCsv({
      actors: { file: 'latin1.csv', chunks: chunksOf('latin1.csv') },
    });
    expect(network.actors.map((actor) => [actor.name, actor.sector])).toEqual([
      ['Fundación Niñez', 'cso'],
      ['Asociación Mexicana', 'government'],
    ]);
    expect(network.problems.map((problem) => problem.code)).toEqual(['encodingFallback']);
  });

  it('rejects a 100 MB single field without reading it into the network', async () => {
    const field = 'x'.repeat(100 * 1024 * 1024);
    const header = new TextEncoder().encode('source,target,note\nA,B,"');
    const piece = new TextEncoder().encode(field.slice(0, 1024 * 1024));
    const chunks = (function* () {
      yield header;
      for (let index = 0; index < 100; index++) yield piece;
      yield new TextEncoder().encode('"\nC,D,ok\n');
    })();
    const network = await readNetworkCsv({ ties: { file: 'huge.csv', chunks } });
    const problem = network.problems.find((found) => found.code === 'fieldTooLarge');
    expect(problem).toMatchObject({ severity: 'error', place: { file: 'huge.csv', row: 2 } });
    expect(network.ties).toEqual([]);
  });

  it('rejects one oversized cell given in a single chunk and keeps the next row', async () => {
    const text = `source,target,note\nA,B,"${'y'.repeat(2_000_000)}"\nC,D,ok\n`;
    const network = await readNetworkCsv({ ties: { file: 'big.csv', chunks: [text] } });
    expect(network.problems.map((problem) => [problem.code, problem.place.row])).toEqual([
      ['fieldTooLarge', 2],
    ]);
    expect(network.ties.map((tie) => tie.source)).toEqual(['C']);
  });
});
