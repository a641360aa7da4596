export interface PdfImagePage {
  /** Page size in points (1/72 inch). */
  pageWidth: number;
  pageHeight: number;
  pixelWidth: number;
  pixelHeight: number;
  /** RGB bytes, 3 per pixel, rows top to bottom, compressed with zlib (FlateDecode). */
  deflatedRgb: Uint8Array;
  title: string;
}

/**
 * A one-page PDF 1.4 showing one image over the whole page: the exported map (legend, title,
 * date and source included) at the PNG's resolution. Written by hand because it is ~60 lines
 * and a PDF library would be the largest dependency of the renderer; the picture is the
 * same raster the PNG export makes, so the three exports cannot disagree.
 */
export function imagePdf(page: PdfImagePage): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  const text = (value: string) => push(ascii(value));
  const object = (body: () => void) => {
    offsets.push(length);
    text(`${offsets.length} 0 obj\n`);
    body();
    text('\nendobj\n');
  };
  const [w, h] = [decimal(page.pageWidth), decimal(page.pageHeight)];
  const drawing = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
  // The binary comment line tells tools the file holds binary data (PDF 32000-1, 7.5.2).
  push(new Uint8Array([...ascii('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  object(() => text('<< /Type /Catalog /Pages 2 0 R >>'));
  object(() => text('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'));
  object(() =>
    text(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] ` +
        '/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    ),
  );
  object(() => {
    text(
      `<< /Type /XObject /Subtype /Image /Width ${page.pixelWidth} /Height ${page.pixelHeight} ` +
        `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${page.deflatedRgb.length} >>\nstream\n`,
    );
    push(page.deflatedRgb);
    text('\nendstream');
  });
  object(() => text(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`));
  object(() => text(`<< /Title ${utf16Hex(page.title)} /Producer (Tejido) >>`));
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  text(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows.join('')}`);
  text(
    `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  const result = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}

/** PDF syntax is ASCII here (the title is written in hex), so one byte per character. */
function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0x7f);
}

function decimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A PDF text string in UTF-16BE with a byte-order mark, written as hex: any language. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1)
    hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** RGBA pixels (as a canvas gives them) → RGB over a white background. */
export function rgbaOverWhite(rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let pixel = 0, out = 0; pixel < rgba.length; pixel += 4, out += 3) {
    const alpha = rgba[pixel + 3]! / 255;
    for (let channel = 0; channel < 3; channel += 1)
      rgb[out + channel] = Math.round(rgba[pixel + channel]! * alpha + 255 * (1 - alpha));
  }
  return rgb;
}
