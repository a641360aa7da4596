/**
 * 8 MiB of bytes per call: 11.2 MB of base64, under the 12 MB limit of uploads.append (and
 * the 32 MB body limit of browser mode). Fewer, larger calls: each call costs a round trip,
 * a JSON parse and a schema check whatever its size.
 */
export const CHUNK_BYTES = 8 * 1024 * 1024;

/** Byte ranges [start, end) that cover `size` bytes in order; an empty file has none. */
export function chunkRanges(
  size: number,
  chunkBytes = CHUNK_BYTES,
): { start: number; end: number }[] {
  if (chunkBytes <= 0) throw new RangeError('chunkBytes must be positive');
  const ranges: { start: number; end: number }[] = [];
  for (let start = 0; start < size; start += chunkBytes) {
    ranges.push({ start, end: Math.min(size, start + chunkBytes) });
  }
  return ranges;
}

/**
 * Standard base64 (with padding) of raw bytes, as uploads.append expects. Built through
 * String.fromCharCode in slices, because one call with millions of arguments overflows the
 * stack, and btoa only accepts one-byte characters.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const slice = 0x8000;
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += slice) {
    parts.push(String.fromCharCode(...bytes.subarray(offset, offset + slice)));
  }
  return btoa(parts.join(''));
}

/** Bytes from base64, for files the backend sends back (exports). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Whole percent of an upload, never above 100 and 100 for an empty total. */
export function percentSent(sent: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((sent / total) * 100));
}
