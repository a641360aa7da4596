/**
 * Windows-1252, the code page Excel uses when a Spanish-language Windows saves "CSV". It is
 * Latin-1 except for 0x80–0x9F, where it puts typographic quotes, dashes, € and a few
 * letters. Written out here so `shared/` needs no TextDecoder (a Web Worker has one, but
 * Node's may lack legacy encodings without full ICU). Bytes the code page leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same control code, as the WHATWG Encoding
 * Standard does.
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/** The Unicode code point of one Windows-1252 byte. */
export function windows1252CodePoint(byte: number): number {
  if (byte >= 0x80 && byte <= 0x9f) return HIGH_CONTROL_RANGE[byte - 0x80]!;
  return byte;
}

/** Decodes Windows-1252 bytes; every byte is one character, so chunks need no carry-over. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const block = 8192;
  for (let offset = 0; offset < bytes.length; offset += block) {
    const end = Math.min(offset + block, bytes.length);
    const codes: number[] = new Array<number>(end - offset);
    for (let index = offset; index < end; index++) {
      codes[index - offset] = windows1252CodePoint(bytes[index]!);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
