import { describe, expect, it } from 'vitest';
import {
  decodeChunks,
  decodeText,
  detectEncoding,
  sniffBinary,
} from '../../../../../shared/formats/text/decode-text.ts';
import type { ChunkDecoding } from '../../../../../shared/formats/text/decode-text.ts';
import { decodeWindows1252 } from '../../../../../shared/formats/text/windows-1252.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function collect(chunks: Uint8Array[]): Promise<{ text: string; decoding: ChunkDecoding }> {
  const decoding: ChunkDecoding = { encoding: 'text', binary: null, invalidSequences: 0 };
  const parts: string[] = [];
  for await (const part of decodeChunks(chunks, decoding)) parts.push(part);
  return { text: parts.join(''), decoding };
}

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Organización')]);
    expect(decodeText(bytes)).toEqual({
      text: 'Organización',
      encoding: 'utf-8',
      invalidSequences: 0,
    });
  });

  it('reads UTF-16 little- and big-endian files by their byte-order mark', () => {
    const little = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xf1, 0x00]);
    const big = Uint8Array.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0xf1]);
    expect(decodeText(little).text).toBe('Añ');
    expect(decodeText(big).text).toBe('Añ');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    const bytes = Uint8Array.from([0x4e, 0x69, 0xf1, 0x65, 0x7a, 0x20, 0x80, 0x93, 0x94]);
    expect(decodeText(bytes)).toMatchObject({ text: 'Niñez €“”', encoding: 'windows-1252' });
  });

  it('maps every byte of 0x80–0x9F the way the WHATWG Windows-1252 table does', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);
    expect(decodeWindows1252(bytes)).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    );
  });
});

describe('detectEncoding and sniffBinary', () => {
  it('calls plain ASCII UTF-8', () => {
    expect(detectEncoding(utf8('id,name'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });

  it('recognises a zip header as a workbook and NUL bytes as binary data', () => {
    expect(sniffBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('zip');
    expect(sniffBinary(Uint8Array.from([0x41, 0x00, 0x42]))).toBe('binary');
    expect(sniffBinary(utf8('a,b\n1,2'))).toBeNull();
  });
});

describe('decodeChunks', () => {
  it('keeps a multi-byte character that is split between two chunks', async () => {
    const bytes = utf8('señal');
    const cut = bytes.indexOf(0xc3) + 1;
    const { text, decoding } = await collect([bytes.slice(0, cut), bytes.slice(cut)]);
    expect(text).toBe('señal');
    expect(decoding.encoding).toBe('utf-8');
  });

  it('decodes a file given one byte per chunk', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Año, 😀 ñ')]);
    const { text } = await collect(Array.from(bytes, (byte) => Uint8Array.of(byte)));
    expect(text).toBe('Año, 😀 ñ');
  });

  it('counts Latin-1 bytes met after a UTF-8 start and reads them as Windows-1252', async () => {
    const start = new Uint8Array(70_000).fill(0x61);
    const { text, decoding } = await collect([start, Uint8Array.of(0x20, 0xf1, 0x20)]);
    expect(text.endsWith(' ñ ')).toBe(true);
    expect(decoding.invalidSequences).toBe(1);
  });

  it('yields nothing for a binary file and says why', async () => {
    const { text, decoding } = await collect([Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0)]);
    expect(text).toBe('');
    expect(decoding.binary).toBe('zip');
  });
});

describe('createUtf8Decoder', () => {
  // Valid chunks take the platform decoder, others the byte loop: both must give one text.
  it('gives the same text however valid UTF-8 is cut into chunks', async () => {
    const { createUtf8Decoder } = await import('../../../../../shared/formats/text/utf8.ts');
    const text = 'Red de Mujeres, A.C.;Niñez 😀 €“” 中文\n'.repeat(40);
    const bytes = utf8(text);
    for (const size of [1, 2, 3, 5, 7, 64, 1000]) {
      const decoder = createUtf8Decoder();
      const parts: string[] = [];
      for (let at = 0; at < bytes.length; at += size) {
        parts.push(decoder.decode(bytes.subarray(at, at + size), at + size >= bytes.length));
      }
      expect(parts.join('')).toBe(text);
      expect(decoder.invalidSequences()).toBe(0);
    }
  });

  it('reads a stray Latin-1 byte in a chunk as Windows-1252 and counts it', async () => {
    const { createUtf8Decoder } = await import('../../../../../shared/formats/text/utf8.ts');
    const decoder = createUtf8Decoder();
    const first = decoder.decode(Uint8Array.from([...utf8('añ'), 0xc3]), false);
    const second = decoder.decode(Uint8Array.from([0xb1, 0x20, 0xf1, 0x41]), true);
    // a, ñ, then ñ cut across the chunks, a space, 0xF1 alone (Windows-1252 ñ), A.
    expect(first + second).toBe('aññ ñA');
    expect(decoder.invalidSequences()).toBe(1);
  });
});
