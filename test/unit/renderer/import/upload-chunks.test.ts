import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  chunkRanges,
  percentSent,
} from '../../../../renderer/features/import/upload-chunks.ts';

describe('chunkRanges', () => {
  it('covers every byte once, in order, the last chunk shorter', () => {
    expect(chunkRanges(10, 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
      { start: 8, end: 10 },
    ]);
  });

  it('gives one chunk for a file exactly one chunk long', () => {
    expect(chunkRanges(4, 4)).toEqual([{ start: 0, end: 4 }]);
  });

  it('gives no chunks for an empty file', () => {
    expect(chunkRanges(0, 4)).toEqual([]);
  });

  it('keeps the default chunk well under the 12 MB base64 limit of uploads.append', () => {
    const [first] = chunkRanges(50 * 1024 * 1024);
    expect(Math.ceil((first!.end - first!.start) / 3) * 4).toBeLessThan(12 * 1024 * 1024);
  });
});

describe('bytesToBase64', () => {
  it('encodes Latin-1 bytes (ó = 0xF3, ñ = 0xF1) as Node does', () => {
    const bytes = Buffer.from('id;nombre\n1;Organización Señal\n', 'latin1');
    expect(bytesToBase64(new Uint8Array(bytes))).toBe(bytes.toString('base64'));
  });

  it('encodes inputs longer than one String.fromCharCode slice, every byte value included', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('pads, and gives "" for no bytes', () => {
    expect(bytesToBase64(new Uint8Array([0xff]))).toBe('/w==');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('round-trips through base64ToBytes', () => {
    const bytes = new Uint8Array([0, 1, 0xf3, 0xf1, 255, 10]);
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
  });
});

describe('percentSent', () => {
  it('rounds down, so 100 % means everything was sent', () => {
    expect(percentSent(999, 1000)).toBe(99);
    expect(percentSent(1000, 1000)).toBe(100);
  });

  it('calls an empty upload complete', () => {
    expect(percentSent(0, 0)).toBe(100);
  });
});
