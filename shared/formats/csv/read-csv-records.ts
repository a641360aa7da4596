import Papa from 'papaparse/papaparse.js';
import type { ImportProblem } from '../parsed-network.ts';
import type { ByteChunks, ChunkDecoding } from '../text/decode-text.ts';
import { decodeChunks } from '../text/decode-text.ts';
import type { CsvDelimiter } from './detect-delimiter.ts';
import { detectDelimiter, detectNewline } from './detect-delimiter.ts';
import { fileProblem } from './problems.ts';

/** One record as a spreadsheet numbers it: the header is row 1, a quoted newline stays in its row. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvReadOptions {
  /** The file name shown in problems. */
  file: string;
  /** Given when the user chose it in the wizard; detected otherwise. */
  delimiter?: CsvDelimiter;
  /** Longest cell accepted (characters); longer cells reject their row. */
  maxFieldLength?: number;
  /** Longest record kept pending while waiting for its end; beyond it the file stops. */
  maxRecordLength?: number;
  report: (problem: ImportProblem) => void;
}

/** What the reader found out about the file, filled in while it streams. */
export interface CsvFileFacts {
  delimiter: CsvDelimiter | null;
  decoding: ChunkDecoding;
}

export const DEFAULT_MAX_FIELD_LENGTH = 1_000_000;
const DEFAULT_MAX_RECORD_LENGTH = 4_000_000;
const SAMPLE_LENGTH = 64 * 1024;

/**
 * Streams the records of a CSV file from byte (or text) chunks: the file is never one
 * string. papaparse's low-level Parser is fed the way its own ChunkStreamer feeds it: each
 * round parses the carried-over text plus the new chunk with `ignoreLastRow`, emits the
 * complete records, and carries the rest (a record cut by the chunk boundary, including a
 * quoted field whose newline spans chunks) into the next round. Blank lines are skipped but
 * still counted, so row numbers match what a spreadsheet shows.
 */
export async function* readCsvRecords(
  chunks: ByteChunks,
  options: CsvReadOptions,
  facts: CsvFileFacts = createCsvFileFacts(),
): AsyncGenerator<CsvRecord> {
  const maxField = options.maxFieldLength ?? DEFAULT_MAX_FIELD_LENGTH;
  const maxRecord = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
  const state = { pending: '', nextRow: 1, sawRecord: false };
  const texts = decodeChunks(chunks, facts.decoding);
  const first = await collectSample(texts);
  reportDecoding(facts.decoding, options);
  if (first === null) {
    if (facts.decoding.binary === null)
      options.report(fileProblem('error', 'emptyFile', options.file));
    return;
  }
  const newline = detectNewline(first);
  const delimiter = options.delimiter ?? detectDelimiter(first, newline);
  facts.delimiter = delimiter;
  const parser = new Papa.Parser({ delimiter, newline });
  const emit = function* (text: string, final: boolean): Generator<CsvRecord> {
    const result = parser.parse(text, 0, !final);
    state.pending = final ? '' : text.slice(result.meta.cursor);
    for (const error of result.errors) reportParseError(error, state.nextRow, options);
    for (const cells of result.data) {
      const row = state.nextRow++;
      if (cells.length === 1 && cells[0] === '') continue;
      state.sawRecord = true;
      const tooLong = cells.findIndex((cell) => cell.length > maxField);
      if (tooLong >= 0) {
        options.report(fieldTooLarge(options.file, row, tooLong + 1, maxField));
        continue;
      }
      yield { row, cells };
    }
  };
  const pieces = slices(first, texts);
  for await (const text of pieces) {
    yield* emit(state.pending + text, false);
    if (state.pending.length > maxRecord) {
      options.report(fieldTooLarge(options.file, state.nextRow, null, maxRecord));
      reportDecoding(facts.decoding, options, true);
      return;
    }
  }
  if (state.pending.length > 0) yield* emit(state.pending, true);
  reportDecoding(facts.decoding, options, true);
  if (!state.sawRecord) options.report(fileProblem('error', 'emptyFile', options.file));
}

/**
 * The text in pieces of at most 64 K characters: papaparse returns every row of what it is
 * given at once, and the rows of a whole 1 MB chunk lived long enough to be copied into
 * V8's old generation before they were read (about 180 bytes of garbage per row there).
 */
async function* slices(first: string, texts: AsyncGenerator<string>): AsyncGenerator<string> {
  yield* sliced(first);
  for await (const text of texts) yield* sliced(text);
}

function* sliced(text: string): Generator<string> {
  if (text.length <= SLICE_LENGTH) {
    yield text;
    return;
  }
  for (let at = 0; at < text.length; at += SLICE_LENGTH) yield text.slice(at, at + SLICE_LENGTH);
}

const SLICE_LENGTH = 64 * 1024;

export function createCsvFileFacts(): CsvFileFacts {
  return { delimiter: null, decoding: { encoding: 'text', binary: null, invalidSequences: 0 } };
}

/** Gathers at least 64 KB of text (or the whole file) so detection sees more than one line. */
async function collectSample(texts: AsyncGenerator<string>): Promise<string | null> {
  const parts: string[] = [];
  let length = 0;
  while (length < SAMPLE_LENGTH) {
    const next = await texts.next();
    if (next.done === true) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return length === 0 ? null : parts.join('');
}

function reportDecoding(decoding: ChunkDecoding, options: CsvReadOptions, atEnd = false): void {
  if (atEnd) {
    if (decoding.invalidSequences > 0) {
      options.report(
        fileProblem('warning', 'mixedEncoding', options.file, { count: decoding.invalidSequences }),
      );
    }
    return;
  }
  if (decoding.binary === 'zip') options.report(fileProblem('error', 'xlsxNotCsv', options.file));
  if (decoding.binary === 'binary')
    options.report(fileProblem('error', 'binaryFile', options.file));
  if (decoding.encoding === 'windows-1252') {
    options.report(fileProblem('warning', 'encodingFallback', options.file));
  }
}

function reportParseError(
  error: { code: string; row: number },
  firstRow: number,
  options: CsvReadOptions,
): void {
  const row = firstRow + Math.max(0, error.row);
  const code = error.code === 'MissingQuotes' ? 'unclosedQuote' : 'malformedQuotes';
  const severity = code === 'unclosedQuote' ? 'error' : 'warning';
  options.report({
    severity,
    code,
    params: { file: options.file, row },
    place: { file: options.file, row },
  });
}

function fieldTooLarge(
  file: string,
  row: number,
  column: number | null,
  limit: number,
): ImportProblem {
  const place = column === null ? { file, row } : { file, row, column: String(column) };
  return {
    severity: 'error',
    code: 'fieldTooLarge',
    params: { file, row, column: column ?? '', limit },
    place,
  };
}
