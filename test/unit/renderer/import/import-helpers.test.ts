import { describe, expect, it } from 'vitest';
import { blockReason } from '../../../../renderer/features/import/block-reason.ts';
import {
  acceptsTwoFiles,
  detectFormat,
} from '../../../../renderer/features/import/detect-format.ts';
import { formatBytes } from '../../../../renderer/features/import/format-bytes.ts';
import {
  filterProblems,
  sortProblems,
  type Problem,
} from '../../../../renderer/features/import/sort-problems.ts';

const at = (severity: Problem['severity'], file: string, row?: number, code = 'x'): Problem => ({
  severity,
  code,
  params: {},
  place: row === undefined ? { file } : { file, row },
});

describe('detectFormat', () => {
  it('reads the extension, whatever its case', () => {
    expect(detectFormat(['Red 2024.GEXF'])).toBe('gexf');
    expect(detectFormat(['alianzas.xlsx'])).toBe('xlsx');
    expect(detectFormat(['padgett.paj'])).toBe('net');
  });

  it('takes a nodes CSV and a ties CSV together as CSV', () => {
    expect(detectFormat(['nodos.csv', 'vinculos.csv'])).toBe('csv');
  });

  it('leaves mixed or unknown files to the user', () => {
    expect(detectFormat(['nodos.csv', 'red.gexf'])).toBeNull();
    expect(detectFormat(['encuesta'])).toBeNull();
  });

  it('accepts two files only for tables', () => {
    expect(acceptsTwoFiles('csv')).toBe(true);
    expect(acceptsTwoFiles('events')).toBe(true);
    expect(acceptsTwoFiles('gexf')).toBe(false);
  });
});

describe('sortProblems and filterProblems', () => {
  const problems = [
    at('warning', 'a.csv', 2),
    at('error', 'b.csv', 9),
    at('error', 'b.csv', 3),
    at('error', 'a.csv'),
  ];

  it('puts errors first, then by file and row, file-level problems before rows', () => {
    expect(sortProblems(problems).map((p) => [p.severity, p.place.file, p.place.row])).toEqual([
      ['error', 'a.csv', undefined],
      ['error', 'b.csv', 3],
      ['error', 'b.csv', 9],
      ['warning', 'a.csv', 2],
    ]);
  });

  it('keeps one severity, or all', () => {
    expect(filterProblems(problems, 'warning')).toHaveLength(1);
    expect(filterProblems(problems, 'all')).toHaveLength(4);
  });
});

describe('blockReason', () => {
  it('offers skipping when only rows have errors', () => {
    expect(blockReason({ blocked: true, problems: [at('error', 'a.csv', 4)] })).toBe('rows');
  });

  it('asks for a relation when the file holds several', () => {
    const problems = [at('error', 'a.net', undefined, 'chooseRelation'), at('error', 'a.net', 4)];
    expect(blockReason({ blocked: true, problems })).toBe('relation');
  });

  it('refuses a file-level error, which cannot be skipped', () => {
    expect(blockReason({ blocked: true, problems: [at('error', 'a.csv')] })).toBe('file');
  });

  it('says nothing blocks an unblocked preview', () => {
    expect(blockReason({ blocked: false, problems: [at('error', 'a.csv', 2)] })).toBe('none');
  });
});

describe('formatBytes', () => {
  it('writes sizes in the language', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1_450_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(1_450_000, 'es')).toBe('1,5 MB');
  });
});
