import { windows1252CodePoint } from './windows-1252.ts';

/**
 * An incremental UTF-8 decoder: a multi-byte character split across two chunks is carried
 * over, not mangled. Invalid sequences (overlong forms, surrogates, stray continuation
 * bytes) are decoded byte by byte as Windows-1252 and counted, because a file that is
 * mostly UTF-8 with a few Latin-1 bytes is almost always a CSV edited in two programs; the
 * count lets the reader warn about it.
 */
export interface Utf8ChunkDecoder {
  decode(bytes: Uint8Array, final: boolean): string;
  invalidSequences(): number;
}

export function createUtf8Decoder(): Utf8ChunkDecoder {
  const state = { carry: new Uint8Array(0), invalid: 0 };
  return {
    decode(bytes, final) {
      const input = state.carry.length === 0 ? bytes : concatBytes(state.carry, bytes);
      const result = decodeValidPrefix(input, final) ?? decodeUtf8Prefix(input, final);
      state.carry = input.slice(result.consumed);
      state.invalid += result.invalid;
      return result.text;
    },
    invalidSequences: () => state.invalid,
  };
}

/** True when every byte of `bytes` belongs to a valid UTF-8 sequence (a cut-off tail is allowed). */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  return decodeValidPrefix(bytes, false) !== null || decodeUtf8Prefix(bytes, false).invalid === 0;
}

/*
 * The platform's decoder (fatal: it refuses any ill-formed sequence; ignoreBOM: a BOM stays
 * U+FEFF, as below) decodes a valid chunk many times faster than the loop below, which only
 * runs for chunks that hold invalid bytes: for valid bytes both give the same text. Node,
 * browsers and workers all have a UTF-8 TextDecoder; `shared/` is compiled without their
 * type libraries, hence the narrow declaration.
 */
interface FatalUtf8Decoder {
  decode(bytes: Uint8Array): string;
}
const PlatformDecoder = (
  globalThis as {
    TextDecoder?: new (
      label: 'utf-8',
      options: { fatal: true; ignoreBOM: true },
    ) => FatalUtf8Decoder;
  }
).TextDecoder;
const validOnly = PlatformDecoder
  ? new PlatformDecoder('utf-8', { fatal: true, ignoreBOM: true })
  : null;

/** The text of a chunk that is valid UTF-8 up to a cut-off tail (kept back); null otherwise. */
function decodeValidPrefix(bytes: Uint8Array, final: boolean): PrefixResult | null {
  if (validOnly === null) return null;
  const end = final ? bytes.length : completeLength(bytes);
  try {
    return { text: validOnly.decode(bytes.subarray(0, end)), consumed: end, invalid: 0 };
  } catch {
    return null;
  }
}

/** Where a multi-byte character cut off by the end of the chunk starts (else the length). */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    return sequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

interface PrefixResult {
  text: string;
  consumed: number;
  invalid: number;
}

function decodeUtf8Prefix(bytes: Uint8Array, final: boolean): PrefixResult {
  const units: number[] = [];
  const parts: string[] = [];
  let invalid = 0;
  let index = 0;
  const flush = (): void => {
    parts.push(String.fromCharCode(...units));
    units.length = 0;
  };
  while (index < bytes.length) {
    if (units.length > 8000) flush();
    const lead = bytes[index]!;
    if (lead < 0x80) {
      units.push(lead);
      index++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) {
      units.push(windows1252CodePoint(lead));
      invalid++;
      index++;
      continue;
    }
    if (index + length > bytes.length && !final && continuesValidly(bytes, index)) break;
    const codePoint = readSequence(bytes, index, length);
    if (codePoint === null) {
      units.push(windows1252CodePoint(lead));
      invalid++;
      index++;
      continue;
    }
    pushCodePoint(units, codePoint);
    index += length;
  }
  flush();
  return { text: parts.join(''), consumed: index, invalid };
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** A cut-off tail is worth waiting for only if the bytes we have are continuation bytes. */
function continuesValidly(bytes: Uint8Array, start: number): boolean {
  for (let index = start + 1; index < bytes.length; index++) {
    if ((bytes[index]! & 0xc0) !== 0x80) return false;
  }
  return true;
}

function readSequence(bytes: Uint8Array, start: number, length: number): number | null {
  if (start + length > bytes.length) return null;
  let codePoint = bytes[start]! & (0xff >> (length + 1));
  for (let offset = 1; offset < length; offset++) {
    const byte = bytes[start + offset]!;
    if ((byte & 0xc0) !== 0x80) return null;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  const minimum = [0, 0, 0x80, 0x800, 0x10000][length]!;
  if (codePoint < minimum || codePoint > 0x10ffff) return null;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return null;
  return codePoint;
}

function pushCodePoint(units: number[], codePoint: number): void {
  if (codePoint < 0x10000) {
    units.push(codePoint);
    return;
  }
  const offset = codePoint - 0x10000;
  units.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
}

export function concatBytes(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first, 0);
  joined.set(second, first.length);
  return joined;
}
