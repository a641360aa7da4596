import Papa from 'papaparse/papaparse.js';

/** The separators people's CSVs use; space only for Gephi-style edge lists. */
export const CSV_DELIMITERS = [',', ';', '\t', '|', ' '] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export type CsvNewline = '\n' | '\r' | '\r\n';

/** The line ending used outside quotes; CRLF wins when present (Excel writes CRLF). */
export function detectNewline(sample: string): CsvNewline {
  if (sample.includes('\r\n')) return '\r\n';
  if (sample.includes('\r') && !sample.includes('\n')) return '\r';
  return '\n';
}

/**
 * Picks the separator that splits the header into the most columns while every sampled
 * row has the header's column count. Excel in Spanish writes `;` because `,` is the
 * decimal mark, so counting per line (not per file) keeps "2,5" from winning. Space comes
 * last: it only wins when no other separator gives a consistent table. Returns the best
 * candidate, which may still give one column (the reader then reports `singleColumn`).
 */
export function detectDelimiter(sample: string, newline: CsvNewline): CsvDelimiter {
  const scored = CSV_DELIMITERS.map((delimiter, rank) => ({
    delimiter,
    rank,
    ...scoreDelimiter(sample, delimiter, newline),
  }));
  const usable = scored.filter((candidate) => candidate.columns > 1);
  if (usable.length === 0) return ',';
  usable.sort(
    (a, b) =>
      b.consistency - a.consistency ||
      (a.delimiter === ' ' ? 1 : 0) - (b.delimiter === ' ' ? 1 : 0) ||
      b.columns - a.columns ||
      a.rank - b.rank,
  );
  return usable[0]!.delimiter;
}

const SCORED_ROWS = 50;

function scoreDelimiter(
  sample: string,
  delimiter: CsvDelimiter,
  newline: CsvNewline,
): { columns: number; consistency: number } {
  // The first 50 rows are enough: parse a few more than that (blank lines are skipped),
  // and the whole sample only when those were mostly blank.
  const parse = (preview: number) =>
    new Papa.Parser({ delimiter, newline, preview })
      .parse(sample, 0, true)
      .data.filter((row) => !(row.length === 1 && row[0] === ''));
  const early = parse(SCORED_ROWS + 10);
  const rows = (early.length >= SCORED_ROWS ? early : parse(0)).slice(0, SCORED_ROWS);
  const header = rows[0];
  if (header === undefined) return { columns: 0, consistency: 0 };
  if (rows.length === 1) return { columns: header.length, consistency: 1 };
  const matching = rows.slice(1).filter((row) => row.length === header.length).length;
  return { columns: header.length, consistency: matching / (rows.length - 1) };
}
