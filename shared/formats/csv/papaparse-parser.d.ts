/**
 * The one part of papaparse the streaming CSV reader uses: its low-level `Parser`, the
 * state machine papaparse's own streamers feed chunk by chunk (papaparse.js `ChunkStreamer`:
 * parse with `ignoreLastRow`, keep the text after `meta.cursor` for the next chunk).
 * Declared here, and imported as `papaparse/papaparse.js`, because @types/papaparse starts
 * with `/// <reference types="node" />` and would bring Node's globals into `shared/`.
 */
declare module 'papaparse/papaparse.js' {
  interface LowLevelParserConfig {
    delimiter: string;
    newline: '\n' | '\r' | '\r\n';
    quoteChar?: string;
    /** Stop after this many rows (blank ones included); 0 for no limit. */
    preview?: number;
  }
  interface LowLevelParseError {
    type: string;
    code: string;
    message: string;
    row: number;
    index: number;
  }
  interface LowLevelParseResult {
    data: string[][];
    errors: LowLevelParseError[];
    meta: { cursor: number; aborted: boolean; truncated: boolean };
  }
  interface LowLevelParser {
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): LowLevelParseResult;
  }
  const Papa: { Parser: new (config: LowLevelParserConfig) => LowLevelParser };
  export default Papa;
}
