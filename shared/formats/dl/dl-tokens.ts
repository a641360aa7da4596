/** A word of a DL file with the 1-based line it sits on. */
export interface DlToken {
  text: string;
  line: number;
}

/**
 * Splits a DL line into words: separated by spaces, tabs or commas; "double" or 'single'
 * quotes hold a label with spaces.
 */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|'([^']*)'|([^\s,]+)/g)) {
    words.push(match[1] ?? match[2] ?? match[3]!);
  }
  return words;
}

export function tokensOf(lines: { text: string; line: number }[]): DlToken[] {
  return lines.flatMap(({ text, line }) => splitWords(text).map((word) => ({ text: word, line })));
}
