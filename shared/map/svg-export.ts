import type { Position } from '../domain/view.ts';
import type { LegendItem, MapLegend } from './legend.ts';
import type { EdgeLook, NodeLook } from './map-elements.ts';
import { outlineFor } from './palette.ts';

export interface SvgMapInput {
  nodes: readonly (NodeLook & Position)[];
  edges: readonly EdgeLook[];
  legend: MapLegend;
  background: 'white' | 'transparent';
  labels: 'auto' | 'all' | 'none';
}

export interface SvgMap {
  svg: string;
  /** Size in CSS pixels; a PNG at scale s is s × width by s × height. */
  width: number;
  height: number;
}

const MAP_WIDTH = 1000;
const MAX_MAP_HEIGHT = 1100;
const MIN_MAP_HEIGHT = 420;
const HEADER = 78;
const FOOTER = 34;
const LEGEND_WIDTH = 360;
const MARGIN = 24;
const LINE = 24;
const FONT = "font-family=\"system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif\"";
/** With labels "auto", labels drawn smaller than this many pixels are left out. */
const MIN_LABEL_PX = 12;
/** Labels are cut with an ellipsis at this width in model units, as on screen (170 px). */
const MAX_LABEL_WIDTH = 170;
/** Average glyph width of a sans-serif font, as a share of its size (for the estimates). */
const GLYPH = 0.55;

/**
 * The map as a standalone SVG written by Tejido (the cytoscape-svg plugin is GPL): element
 * positions and the same looks the map uses (map-elements.ts), fitted into a 1000-pixel-wide
 * frame, with title, date, legend and data source. Potential ties are always dashed here.
 */
export function mapToSvg(input: SvgMapInput): SvgMap {
  const box = boundsOf(input.nodes);
  // Never enlarged beyond the model (zoom 1): a small map keeps screen-sized labels.
  const scale = Math.min(MAP_WIDTH / box.width, MAX_MAP_HEIGHT / box.height, 1);
  const mapHeight = Math.max(MIN_MAP_HEIGHT, box.height * scale);
  const legendHeight = legendLines(input.legend) * LINE + MARGIN;
  const height = Math.round(HEADER + Math.max(mapHeight, legendHeight) + FOOTER);
  const width = MAP_WIDTH + LEGEND_WIDTH + 2 * MARGIN;
  const offsetX = MARGIN + (MAP_WIDTH - box.width * scale) / 2 - box.x * scale;
  const offsetY = HEADER + (mapHeight - box.height * scale) / 2 - box.y * scale;
  const at = (p: Position): Position => ({ x: offsetX + p.x * scale, y: offsetY + p.y * scale });
  const byId = new Map(input.nodes.map((node) => [node.id, node]));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<title>${escapeXml(input.legend.title)}</title>`,
  ];
  if (input.background === 'white')
    parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push('<g class="ties">');
  for (const edge of input.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source && target)
      parts.push(edgeSvg(edge, at(source), at(target), (target.size * scale) / 2, scale));
  }
  parts.push('</g><g class="actors">');
  for (const node of input.nodes) parts.push(nodeSvg(node, at(node), scale));
  parts.push('</g><g class="labels">');
  for (const node of input.nodes) {
    const fontSize = node.fontSize * scale;
    if (input.labels === 'none' || (input.labels === 'auto' && fontSize < MIN_LABEL_PX)) continue;
    const p = at(node);
    parts.push(
      `<text x="${n(p.x)}" y="${n(p.y + (node.size * scale) / 2 + fontSize + 2)}" font-size="${n(fontSize)}" text-anchor="middle" fill="#1a232c" stroke="#ffffff" stroke-width="${n(fontSize / 4)}" paint-order="stroke">${escapeXml(fitLabel(node.label, node.fontSize))}</text>`,
    );
  }
  parts.push('</g>');
  parts.push(headerSvg(input.legend, width, height));
  parts.push(legendSvg(input.legend, MARGIN * 2 + MAP_WIDTH, HEADER));
  parts.push('</svg>');
  return { svg: parts.join('\n'), width, height };
}

/** The label as drawn: cut with an ellipsis where the screen would cut it. */
export function fitLabel(label: string, fontSize: number): string {
  const room = Math.floor(MAX_LABEL_WIDTH / (fontSize * GLYPH));
  return label.length <= room ? label : `${label.slice(0, Math.max(room - 1, 1)).trimEnd()}…`;
}

/** The drawing's extent in model units, labels included (so none runs into the legend). */
function boundsOf(nodes: readonly (NodeLook & Position)[]) {
  if (nodes.length === 0) return { x: -100, y: -100, width: 200, height: 200 };
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const labelHalf = (fitLabel(node.label, node.fontSize).length * node.fontSize * GLYPH) / 2;
    const across = Math.max(node.size / 2, labelHalf);
    left = Math.min(left, node.x - across);
    right = Math.max(right, node.x + across);
    top = Math.min(top, node.y - node.size / 2);
    bottom = Math.max(bottom, node.y + node.size / 2 + node.fontSize + 4);
  }
  return { x: left, y: top, width: Math.max(right - left, 1), height: Math.max(bottom - top, 1) };
}

function edgeSvg(
  edge: EdgeLook,
  from: Position,
  to: Position,
  targetRadius: number,
  scale: number,
): string {
  const width = Math.max(edge.width * scale, 0.5);
  const dash = edge.potential ? ` stroke-dasharray="${n(width * 4)} ${n(width * 2.5)}"` : '';
  const line = `<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" stroke="${edge.colour}" stroke-width="${n(width)}" stroke-opacity="0.7"${dash}/>`;
  if (!edge.directed) return line;
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= targetRadius) return line;
  const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const tip = { x: to.x - ux * targetRadius, y: to.y - uy * targetRadius };
  const size = Math.max(6 * scale, 3) + width * 1.5;
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  const points = [
    tip,
    { x: base.x - uy * size * 0.5, y: base.y + ux * size * 0.5 },
    { x: base.x + uy * size * 0.5, y: base.y - ux * size * 0.5 },
  ];
  return `${line}<polygon points="${points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="${edge.colour}"/>`;
}

function nodeSvg(node: NodeLook, p: Position, scale: number): string {
  return shapeSvg(node.shape, p, node.size * scale, node.colour, Math.max(1.5 * scale, 0.5));
}

function shapeSvg(
  shape: NodeLook['shape'],
  p: Position,
  size: number,
  colour: string,
  stroke: number,
): string {
  const paint = `fill="${colour}" stroke="${outlineFor(colour)}" stroke-width="${n(stroke)}"`;
  if (shape === 'ellipse')
    return `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(size / 2)}" ${paint}/>`;
  return `<rect x="${n(p.x - size / 2)}" y="${n(p.y - size / 2)}" width="${n(size)}" height="${n(size)}" rx="${n(size * 0.2)}" ${paint}/>`;
}

function headerSvg(legend: MapLegend, width: number, height: number): string {
  return [
    `<text x="${MARGIN}" y="36" font-size="24" font-weight="700" fill="#1a232c">${escapeXml(legend.title)}</text>`,
    `<text x="${MARGIN}" y="62" font-size="16" fill="#46525e">${escapeXml(legend.subtitle)}</text>`,
    `<line x1="${MARGIN}" y1="${HEADER - 6}" x2="${width - MARGIN}" y2="${HEADER - 6}" stroke="#c9c5bb"/>`,
    `<text x="${MARGIN}" y="${height - 12}" font-size="13" fill="#46525e">${escapeXml(legend.source)}</text>`,
  ].join('\n');
}

function legendLines(legend: MapLegend): number {
  return legend.sections.reduce((total, section) => total + section.items.length + 1.5, 0);
}

function legendSvg(legend: MapLegend, x: number, top: number): string {
  const parts = ['<g class="legend">'];
  let y = top + 12;
  for (const section of legend.sections) {
    y += LINE;
    parts.push(
      `<text x="${x}" y="${n(y)}" font-size="16" font-weight="700" fill="#1a232c">${escapeXml(section.heading)}</text>`,
    );
    for (const item of section.items) {
      y += LINE;
      parts.push(legendItemSvg(item, x, y));
    }
    y += LINE / 2;
  }
  parts.push('</g>');
  return parts.join('\n');
}

function legendItemSvg(item: LegendItem, x: number, y: number): string {
  const text = `<text x="${x + 34}" y="${n(y)}" font-size="14" fill="#1a232c">${escapeXml(item.label)}</text>`;
  if (item.kind === 'note')
    return `<text x="${x}" y="${n(y)}" font-size="14" fill="#46525e">${escapeXml(item.label)}</text>`;
  if (item.kind === 'node')
    return shapeSvg(item.shape, { x: x + 12, y: y - 5 }, 16, item.colour, 1) + text;
  const dash = item.dashed ? ' stroke-dasharray="6 4"' : '';
  const opacity = item.faded ? ' stroke-opacity="0.3"' : '';
  const arrow = item.directed
    ? `<polygon points="${x + 26},${y - 5} ${x + 18},${y - 9} ${x + 18},${y - 1}" fill="${item.colour}"/>`
    : '';
  return `<line x1="${x}" y1="${y - 5}" x2="${x + 24}" y2="${y - 5}" stroke="${item.colour}" stroke-width="3"${dash}${opacity}/>${arrow}${text}`;
}

/** Rounds to 2 decimals: smaller files, same picture. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Text safe inside XML: markup characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/(?![\t\n\r])\p{Cc}|[\ufffe\uffff]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
