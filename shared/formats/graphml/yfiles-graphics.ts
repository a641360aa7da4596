import type { Attributes } from '../../domain/text.ts';
import { descendantsNamed, type XmlElement } from '../xml/xml-element.ts';

/**
 * What Tejido keeps from yEd / yFiles drawing markup inside a `<data>`: the label text
 * (yEd's `y:NodeLabel`/`y:EdgeLabel`, yFiles for HTML's `y:Label.Text` under NodeLabels or
 * EdgeLabels), the position (`y:Geometry` x/y, `y:RectD` X/Y) and the fill colour. Styles,
 * ports, bends and shared resources are ignored.
 */
export interface YfilesGraphics {
  label: string | null;
  attributes: Attributes;
}

export function readYfilesGraphics(data: XmlElement): YfilesGraphics {
  const labels = [
    ...descendantsNamed(data, 'NodeLabel'),
    ...descendantsNamed(data, 'EdgeLabel'),
    ...descendantsNamed(data, 'Label.Text'),
  ];
  const label = labels.map((element) => element.text.trim()).find((text) => text !== '');
  const attributes: Attributes = {};
  const geometry = descendantsNamed(data, 'Geometry')[0];
  const rectangle = descendantsNamed(data, 'RectD')[0];
  const x = geometry?.attributes.x ?? rectangle?.attributes.X;
  const y = geometry?.attributes.y ?? rectangle?.attributes.Y;
  if (x !== undefined && Number.isFinite(Number(x))) attributes.x = Number(x);
  if (y !== undefined && Number.isFinite(Number(y))) attributes.y = Number(y);
  const fill = descendantsNamed(data, 'Fill')[0]?.attributes.color;
  if (fill !== undefined && /^#[0-9a-f]{6}$/i.test(fill)) attributes.color = fill.toLowerCase();
  return { label: label ?? null, attributes };
}
