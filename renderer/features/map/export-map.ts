import { imagePdf, rgbaOverWhite } from '../../../shared/map/pdf-document.ts';
import type { SvgMap } from '../../../shared/map/svg-export.ts';

/** At least 3×: a map projected or printed on A4 stays sharp (the floor). */
export const PNG_SCALES = [3, 4, 6] as const;

/**
 * Rasterises Tejido's own SVG (so the PNG has exactly the SVG's legend, title, date and
 * source) at `scale`. The SVG is loaded from a blob: URL, same-origin and free of external
 * resources, so the canvas stays readable.
 */
export async function svgToCanvas(map: SvgMap, scale: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([map.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(map.width * scale);
    canvas.height = Math.round(map.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

export async function svgToPng(map: SvgMap, scale: number): Promise<Blob> {
  return canvasToPng(await svgToCanvas(map, scale));
}

/**
 * A one-page PDF of the map at 3× (legend included), page size equal to the picture at
 * 96 dpi. Pixels are deflated with the browser's CompressionStream ('deflate' is zlib, what
 * PDF's FlateDecode expects).
 */
export async function svgToPdf(map: SvgMap, title: string): Promise<Blob> {
  const canvas = await svgToCanvas(map, 3);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
  const stream = new Blob([new Uint8Array(rgbaOverWhite(rgba))])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  const deflated = new Uint8Array(await new Response(stream).arrayBuffer());
  const pdf = imagePdf({
    pageWidth: map.width * 0.75,
    pageHeight: map.height * 0.75,
    pixelWidth: canvas.width,
    pixelHeight: canvas.height,
    deflatedRgb: deflated,
    title,
  });
  return new Blob([new Uint8Array(pdf)], { type: 'application/pdf' });
}

/** Puts the PNG on the clipboard (Chromium and Electron support image/png). */
export async function copyPng(map: SvgMap, scale: number): Promise<void> {
  const png = svgToPng(map, scale);
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
