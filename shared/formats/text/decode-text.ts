import { concatBytes, createUtf8Decoder, isValidUtf8Prefix } from './utf8.ts';
import { decodeWindows1252 } from './windows-1252.ts';

/**
 * The encodings a spreadsheet user's CSV arrives in: UTF-8 (with the BOM Excel adds on
 * "CSV UTF-8", or without), UTF-16 (Excel's "Unicode text", always with a BOM), and
 * Windows-1252, what Excel in Spanish writes for plain "CSV" and what people call "Latin-1".
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What the first bytes say the file is, when it is not text at all. */
export type BinaryKind = 'zip' | 'binary';

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/** How many bytes to look at before deciding; a UTF-8 file rarely hides its first accent further. */
export const SNIFF_LENGTH = 64 * 1024;

/**
 * Recognises files that are not text: a ZIP header ("PK\x03\x04") is an .xlsx, .docx or
 * .ods renamed or saved as .csv; NUL bytes never occur in text other than UTF-16, whose BOM
 * is checked first.
 */
export function sniffBinary(head: Uint8Array): BinaryKind | null {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (detectBom(head) !== null) return null;
  const end = Math.min(head.length, SNIFF_LENGTH);
  for (let index = 0; index < end; index++) {
    if (head[index] === 0) return 'binary';
  }
  return null;
}

/** BOM first; otherwise UTF-8 when the head is valid UTF-8, else Windows-1252. */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  const bom = detectBom(head);
  if (bom !== null) return bom;
  const sample = head.length > SNIFF_LENGTH ? head.subarray(0, SNIFF_LENGTH) : head;
  return { encoding: isValidUtf8Prefix(sample) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

function detectBom(head: Uint8Array): EncodingGuess | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** Decodes one encoding chunk by chunk, carrying split characters over. */
export interface TextChunkDecoder {
  readonly encoding: TextEncodingName;
  decode(bytes: Uint8Array, final: boolean): string;
  /** UTF-8 sequences that were invalid and read as Windows-1252 instead. */
  invalidSequences(): number;
}

export function createChunkDecoder(encoding: TextEncodingName): TextChunkDecoder {
  if (encoding === 'utf-8') {
    const utf8 = createUtf8Decoder();
    return { encoding, decode: utf8.decode, invalidSequences: utf8.invalidSequences };
  }
  if (encoding === 'windows-1252') {
    return { encoding, decode: (bytes) => decodeWindows1252(bytes), invalidSequences: () => 0 };
  }
  return createUtf16Decoder(encoding);
}

function createUtf16Decoder(encoding: 'utf-16le' | 'utf-16be'): TextChunkDecoder {
  const state = { carry: new Uint8Array(0) };
  const littleEndian = encoding === 'utf-16le';
  return {
    encoding,
    invalidSequences: () => 0,
    decode(bytes, final) {
      const input = state.carry.length === 0 ? bytes : concatBytes(state.carry, bytes);
      const usable = input.length - (input.length % 2);
      const parts: string[] = [];
      for (let offset = 0; offset < usable; offset += 16384) {
        const end = Math.min(offset + 16384, usable);
        const units: number[] = [];
        for (let index = offset; index < end; index += 2) {
          const low = input[littleEndian ? index : index + 1]!;
          const high = input[littleEndian ? index + 1 : index]!;
          units.push((high << 8) | low);
        }
        parts.push(String.fromCharCode(...units));
      }
      state.carry = final ? new Uint8Array(0) : input.slice(usable);
      return parts.join('');
    },
  };
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  invalidSequences: number;
}

/** Decodes a whole small file (xlsx-free formats under a few MB); large CSVs use `decodeChunks`. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const guess = detectEncoding(bytes);
  const decoder = createChunkDecoder(guess.encoding);
  const text = decoder.decode(bytes.subarray(guess.bomLength), true);
  return { text, encoding: guess.encoding, invalidSequences: decoder.invalidSequences() };
}

/** A file's content as it arrives: bytes from disk, or strings already decoded by the caller. */
export type ByteChunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** What `decodeChunks` learned about the file, filled in as the chunks go by. */
export interface ChunkDecoding {
  encoding: TextEncodingName | 'text';
  binary: BinaryKind | null;
  invalidSequences: number;
}

/**
 * Turns byte chunks into text chunks. The encoding is decided on the first 64 KB (collected
 * across small chunks); a binary file yields nothing and sets `binary`. Strings pass through
 * unchanged, except that a leading BOM is dropped.
 */
export async function* decodeChunks(
  chunks: ByteChunks,
  decoding: ChunkDecoding,
): AsyncGenerator<string> {
  const pending: Uint8Array[] = [];
  const state: { decoder: TextChunkDecoder | null; pendingLength: number; first: boolean } = {
    decoder: null,
    pendingLength: 0,
    first: true,
  };
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      const text = state.first ? chunk.replace(/^\uFEFF/, '') : chunk;
      state.first = false;
      decoding.encoding = 'text';
      if (text.length > 0) yield text;
      continue;
    }
    state.first = false;
    if (state.decoder !== null) {
      const text = state.decoder.decode(chunk, false);
      if (text.length > 0) yield text;
      continue;
    }
    pending.push(chunk);
    state.pendingLength += chunk.length;
    if (state.pendingLength < SNIFF_LENGTH) continue;
    const started = startDecoding(pending, decoding);
    if (started === null) return;
    state.decoder = started.decoder;
    if (started.text.length > 0) yield started.text;
  }
  if (state.decoder === null) {
    if (pending.length === 0) return;
    const started = startDecoding(pending, decoding);
    if (started === null) return;
    state.decoder = started.decoder;
    if (started.text.length > 0) yield started.text;
  }
  const tail = state.decoder.decode(new Uint8Array(0), true);
  decoding.invalidSequences = state.decoder.invalidSequences();
  if (tail.length > 0) yield tail;
}

function startDecoding(
  pending: Uint8Array[],
  decoding: ChunkDecoding,
): { decoder: TextChunkDecoder; text: string } | null {
  const head = pending.length === 1 ? pending[0]! : pending.reduce(concatBytes);
  pending.length = 0;
  decoding.binary = sniffBinary(head);
  if (decoding.binary !== null) return null;
  const guess = detectEncoding(head);
  decoding.encoding = guess.encoding;
  const decoder = createChunkDecoder(guess.encoding);
  return { decoder, text: decoder.decode(head.subarray(guess.bomLength), false) };
}
