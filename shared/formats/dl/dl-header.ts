import { splitWords } from './dl-tokens.ts';

/** What the part of a DL file before `DATA:` says. */
export interface DlHeader {
  n: number | null;
  rows: number | null;
  columns: number | null;
  matrices: number;
  /** fullmatrix, upperhalf, lowerhalf, edgelist1, nodelist1… lower-cased. */
  format: string;
  diagonal: boolean;
  rowLabels: string[];
  columnLabels: string[];
  levelLabels: string[];
  embedded: boolean;
  /** Lines after the header: the data, each with its 1-based number. */
  data: { text: string; line: number }[];
}

type Section = 'row' | 'column' | 'both' | 'level' | null;

const SECTION_LINE =
  /^\s*(row\s+|column\s+|col\s+|level\s+|matrix\s+)?labels(\s+embedded)?\s*:?(.*)$/i;
const KEYWORD_LINE = /^\s*(\w+\s*=|format\b|diagonal\b)/i;
const DATA_LINE = /^\s*data\s*:(.*)$/i;

/**
 * Reads the header of a UCINET DL file: keywords in any case, `=` with or without spaces,
 * several per line or one per line, label lists one per line or comma-separated. Returns
 * null when the file does not start with `DL`.
 */
export function readDlHeader(text: string): DlHeader | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex < 0 || !/^\s*dl\b/i.test(lines[firstIndex]!)) return null;
  const header: DlHeader = {
    n: null,
    rows: null,
    columns: null,
    matrices: 1,
    format: 'fullmatrix',
    diagonal: true,
    rowLabels: [],
    columnLabels: [],
    levelLabels: [],
    embedded: false,
    data: [],
  };
  const state: { section: Section } = { section: null };
  for (let index = firstIndex; index < lines.length; index++) {
    const line = index === firstIndex ? lines[index]!.replace(/^\s*dl\b/i, '') : lines[index]!;
    const data = DATA_LINE.exec(line);
    if (data) {
      header.data = [
        { text: data[1]!, line: index + 1 },
        ...lines.slice(index + 1).map((text, offset) => ({ text, line: index + 2 + offset })),
      ];
      return header;
    }
    const section = SECTION_LINE.exec(line);
    if (section) {
      if (section[2]) header.embedded = true;
      state.section = section[2] ? null : sectionOf(section[1]);
      addLabels(header, state.section, section[3]!);
    } else if (KEYWORD_LINE.test(line)) {
      state.section = null;
      readKeywords(header, line);
    } else {
      addLabels(header, state.section, line);
    }
  }
  return header;
}

function sectionOf(prefix: string | undefined): Section {
  const word = (prefix ?? '').trim().toLowerCase();
  if (word === 'row') return 'row';
  if (word === 'column' || word === 'col') return 'column';
  if (word === 'level' || word === 'matrix') return 'level';
  return 'both';
}

function addLabels(header: DlHeader, section: Section, text: string): void {
  if (section === null) return;
  const labels = splitWords(text);
  if (section === 'row' || section === 'both') header.rowLabels.push(...labels);
  if (section === 'column' || section === 'both') header.columnLabels.push(...labels);
  if (section === 'level') header.levelLabels.push(...labels);
}

function readKeywords(header: DlHeader, line: string): void {
  for (const match of line.matchAll(/(\w+)\s*=\s*(\w+)/g)) {
    const key = match[1]!.toLowerCase();
    const value = match[2]!;
    if (key === 'n') header.n = Number(value);
    else if (key === 'nr') header.rows = Number(value);
    else if (key === 'nc') header.columns = Number(value);
    else if (key === 'nm') header.matrices = Number(value);
    else if (key === 'format') header.format = value.toLowerCase();
    else if (key === 'diagonal') header.diagonal = value.toLowerCase() !== 'absent';
  }
  const diagonal = /\bdiagonal\s*=?\s*(present|absent)\b/i.exec(line);
  if (diagonal) header.diagonal = diagonal[1]!.toLowerCase() === 'present';
}
