import { inflateSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { imagePdf, rgbaOverWhite } from '../../../../shared/map/pdf-document.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('image PDF', () => {
  const rgb = new Uint8Array(4 * 3 * 3).fill(200);
  const pdf = imagePdf({
    pageWidth: 300,
    pageHeight: 225,
    pixelWidth: 4,
    pixelHeight: 3,
    deflatedRgb: deflateSync(rgb),
    title: 'Mapa · Tijuana',
  });
  const text = latin1(pdf);

  it('is a PDF with a page of the requested size', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 300 225]');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('has a cross-reference table pointing at every object', () => {
    const start = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(start, start + 4)).toBe('xref');
    const offsets = [...text.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, index) =>
      expect(text.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true),
    );
  });

  it('embeds the image stream so it inflates back to the pixels', () => {
    const length = Number(/\/FlateDecode \/Length (\d+)/.exec(text)![1]);
    const start = text.indexOf('stream\n', text.indexOf('/Subtype /Image')) + 'stream\n'.length;
    const stream = pdf.slice(start, start + length);
    expect(inflateSync(stream)).toEqual(Buffer.from(rgb));
  });

  it('writes the title in UTF-16 so accents survive', () => {
    expect(text).toContain('/Title <FEFF004D0061007000610020');
  });

  it('flattens transparent pixels onto white', () => {
    expect([...rgbaOverWhite(new Uint8Array([0, 0, 0, 0, 10, 20, 30, 255]))]).toEqual([
      255, 255, 255, 10, 20, 30,
    ]);
  });
});
