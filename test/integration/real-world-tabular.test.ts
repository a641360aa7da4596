import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readNetworkCsv } from '../../shared/formats/csv/read-network-csv.ts';
import { readWorkbook } from '../../shared/formats/xlsx/read-workbook.ts';

/**
 * The tabular files of ../shared/fixtures/real-world (written by Gephi's own tests), read
 * in place with the counts its README gives. Where the folder is absent the suite says so
 * and skips: the files carry their own licences and are not copied into the repo.
 */
const folder = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/real-world');
const present = existsSync(join(folder, 'README.md'));
if (!present)
  console.warn(`real-world fixtures not found at ${folder}: skipping the tabular real-file tests`);

function bytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(folder, name)));
}

describe.skipIf(!present)('real-world tabular files', () => {
  it('gephi-spreadsheet-export-utf8-nodes.csv: 2 nodes, non-ASCII label, empty label falls back to the id', async () => {
    const file = 'gephi-spreadsheet-export-utf8-nodes.csv';
    const network = await readNetworkCsv({ actors: { file, chunks: [bytes(file)] } });
    expect(network.problems).toEqual([]);
    expect(network.actors.map((actor) => [actor.id, actor.name])).toEqual([
      ['1', 'Säännöt'],
      ['2', '2'],
    ]);
  });

  it('gephi-edges-table-timeset-intervals.csv: space-separated, 5 rows, 3 nodes, 3 directed pairs', async () => {
    const file = 'gephi-edges-table-timeset-intervals.csv';
    const facts = { actors: null, ties: null };
    const network = await readNetworkCsv({ ties: { file, chunks: [bytes(file)] } }, facts);
    expect(network.problems).toEqual([]);
    expect(network.actors).toHaveLength(3);
    expect(network.directed).toBe(true);
    expect(network.ties.map((tie) => [tie.source, tie.target, tie.spells])).toEqual([
      [
        'Fred',
        'Alice',
        [
          { start: '2016-02-03', end: '2016-02-05' },
          { start: '2016-02-05', end: '2016-02-09' },
        ],
      ],
      ['Alice', 'Fred', [{ start: '2016-03-04', end: null }]],
      ['Dirk', 'Fred', [{ start: null, end: '2016-02-27' }]],
    ]);
    expect(facts).toMatchObject({ ties: { delimiter: ' ' } });
  });

  it('gephi-adjacency-matrix.xlsx: 5 nodes and 6 non-zero cells, decimal weights and self-loops', async () => {
    const file = 'gephi-adjacency-matrix.xlsx';
    const network = await readWorkbook(bytes(file), { file });
    expect(network.actors.map((actor) => actor.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(network.ties).toHaveLength(6);
    expect(network.directed).toBe(true);
    expect(network.ties.find((tie) => tie.source === 'D' && tie.target === 'B')?.weight).toBe(2.8);
    expect(
      network.ties.filter((tie) => tie.source === tie.target).map((tie) => tie.source),
    ).toEqual(['C', 'D']);
    expect(network.problems.map((problem) => problem.code)).toEqual(['selfLoop', 'selfLoop']);
  });
});
