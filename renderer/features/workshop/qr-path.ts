import { encode } from 'uqr';

/**
 * A QR code as one SVG path of unit squares (dark modules) plus its size in modules, so
 * React draws it without injecting markup and the CSP needs nothing new. Error correction
 * M: a projector photographed from the back of the room is blurry.
 */
export function qrPath(text: string): { path: string; size: number } {
  const qr = encode(text, { ecc: 'M', border: 2 });
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { path: parts.join(''), size: qr.size };
}
