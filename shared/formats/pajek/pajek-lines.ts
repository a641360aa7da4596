import type { Attributes } from '../../domain/text.ts';

/** Vertex drawing parameters of the Pajek manual, each followed by one value. */
export const VERTEX_PARAMETERS = new Set([
  'x_fact',
  'y_fact',
  'size',
  'phi',
  'r',
  'q',
  'ic',
  'bc',
  'bw',
  'lc',
  'la',
  'lr',
  'lphi',
  'fos',
  'font',
]);

/** Arc and edge drawing parameters of the Pajek manual, each followed by one value. */
export const TIE_PARAMETERS = new Set([
  'w',
  'c',
  'p',
  's',
  'a',
  'ap',
  'l',
  'lp',
  'lr',
  'lphi',
  'lc',
  'la',
  'fos',
  'font',
  'h1',
  'h2',
  'a1',
  'k1',
  'a2',
  'k2',
]);

/** Splits a Pajek line on spaces and tabs; "double quotes" hold a label with spaces. */
export function splitPajekWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|(\S+)/g)) words.push(match[1] ?? match[2]!);
  return words;
}

/** A number, or null: Pajek writes plain decimals (`0.63046`, `-1`, `1e-3`). */
export function numberOf(word: string | undefined): number | null {
  if (word === undefined || word.trim() === '') return null;
  const value = Number(word);
  return Number.isFinite(value) ? value : null;
}

/**
 * Pajek drawing parameters after the fixed fields (`ic RGBF1F5D5`, `x_fact 1`, `c Blue`,
 * `l "Bezier loop"`): each keyword takes one value; numbers are kept as numbers.
 * A trailing keyword without a value is kept as true.
 */
export function readParameters(words: string[], attributes: Attributes): void {
  for (let index = 0; index < words.length; index += 2) {
    const key = words[index]!;
    const value = words[index + 1];
    attributes[key] = value === undefined ? true : (numberOf(value) ?? value);
  }
}

/** A section line: `*Arcs :2 "Business"` → keyword arcs, relation number 2, name Business. */
export interface PajekSection {
  keyword: string;
  rest: string[];
  relation: string | null;
}

export function readSectionLine(line: string): PajekSection {
  const [head = '', ...rest] = splitPajekWords(line.trim().slice(1));
  const keyword = head.toLowerCase();
  const number = rest[0]?.startsWith(':') ? rest[0].slice(1) : null;
  const name = number === null ? null : (rest[1] ?? number);
  return { keyword, rest, relation: name };
}
