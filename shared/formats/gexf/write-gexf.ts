/**
 * GEXF 1.3 writer (gexf.net/1.3 schema), for Gephi 0.9+. Ties with spells make the graph
 * `mode="dynamic"` with `timeformat="date"` and `timerepresentation="interval"`, each spell
 * an inclusive `<spell start end>` (Tejido's exclusive end minus one day), so the network
 * plays in Gephi's timeline. Actor sector, kind and region and tie type, status, evidence,
 * note and relation are written as attvalues beside the file's own attributes; numeric
 * `x`, `y`, `z`, `size` and a #rrggbb `color` go to `viz:` elements, which the reader maps
 * back to the same names. Expects ties whose ends are actor ids (`endsBy: 'id'`).
 */
import type { Attributes } from '../../domain/text.ts';
import { collectColumns, columnText, type Column } from '../graph-files/columns.ts';
import { addDays, type DaySpell } from '../graph-files/days.ts';
import { actorColumns, tieColumns } from '../graph-files/records.ts';
import type { ParsedNetwork, ParsedTie } from '../parsed-network.ts';
import { escapeXmlText, xmlAttributes } from '../xml/write-xml.ts';

export interface GexfWriteOptions {
  /** Written as `<creator>`; defaults to "Tejido". */
  creator?: string;
  /** YYYY-MM-DD for `lastmodifieddate`; omitted when not given (writers do not read the clock). */
  lastModified?: string;
}

export function writeGexf(network: ParsedNetwork, options: GexfWriteOptions = {}): string {
  const nodeRows = network.actors.map((actor) => withoutViz(actorColumns(actor)));
  const edgeRows = network.ties.map((tie) => withoutEdgeLabel(tieColumns(tie)));
  const nodeColumns = collectColumns(nodeRows);
  const edgeColumns = collectColumns(edgeRows);
  const dynamic =
    network.ties.some((tie) => tie.spells.length > 0) ||
    network.actors.some((actor) => (actor.spells ?? []).length > 0);
  const defaultType = defaultEdgeType(network);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${xmlAttributes([['lastmodifieddate', options.lastModified]])}>`,
    `    <creator>${escapeXmlText(options.creator ?? 'Tejido')}</creator>`,
    '  </meta>',
    `  <graph${xmlAttributes([
      ['defaultedgetype', defaultType],
      ['mode', dynamic ? 'dynamic' : 'static'],
      ['timeformat', dynamic ? 'date' : null],
      ['timerepresentation', dynamic ? 'interval' : null],
    ])}>`,
    ...declarationLines('node', nodeColumns),
    ...declarationLines('edge', edgeColumns),
    '    <nodes>',
  ];
  network.actors.forEach((actor, index) => {
    lines.push(
      `      <node${xmlAttributes([
        ['id', actor.id],
        ['label', actor.name],
      ])}>`,
    );
    lines.push(...attvalueLines(nodeRows[index]!, nodeColumns));
    lines.push(...spellLines(actor.spells ?? []));
    lines.push(...vizLines(actor.attributes));
    lines.push('      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  network.ties.forEach((tie, index) => {
    lines.push(`      <edge${xmlAttributes(edgeAttributes(tie))}>`);
    lines.push(...attvalueLines(edgeRows[index]!, edgeColumns));
    lines.push(...spellLines(tie.spells));
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function defaultEdgeType(network: ParsedNetwork): 'directed' | 'undirected' | 'mixed' {
  if (network.directed !== null) return network.directed ? 'directed' : 'undirected';
  const kinds = new Set(network.ties.map((tie) => tie.directed));
  if (kinds.size === 1 && kinds.has(false)) return 'undirected';
  if (kinds.size === 1 && kinds.has(true)) return 'directed';
  return 'mixed';
}

/** Per-edge `type` only when the tie itself says, so a read-back tie keeps `directed: null`. */
function edgeAttributes(tie: ParsedTie): [string, string | number | null | undefined][] {
  const type = tie.directed === null ? null : tie.directed ? 'directed' : 'undirected';
  const label = tie.attributes.label;
  return [
    ['id', tie.id],
    ['source', tie.source],
    ['target', tie.target],
    ['type', type],
    ['weight', tie.weight],
    ['label', typeof label === 'string' ? label : null],
  ];
}

function declarationLines(className: string, columns: Column[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${className}" mode="static">`,
    ...columns.map(
      (column, index) =>
        `      <attribute${xmlAttributes([
          ['id', String(index)],
          ['title', column.name],
          ['type', column.type],
        ])}/>`,
    ),
    '    </attributes>',
  ];
}

function attvalueLines(row: Attributes, columns: Column[]): string[] {
  const values = columns.flatMap((column, index) => {
    const text = columnText(row[column.name]);
    return text === null
      ? []
      : [
          `          <attvalue${xmlAttributes([
            ['for', String(index)],
            ['value', text],
          ])}/>`,
        ];
  });
  return values.length === 0 ? [] : ['        <attvalues>', ...values, '        </attvalues>'];
}

function spellLines(spells: DaySpell[]): string[] {
  if (spells.length === 0) return [];
  return [
    '        <spells>',
    ...spells.map(
      (spell) =>
        `          <spell${xmlAttributes([
          ['start', spell.start],
          ['end', spell.end === null ? null : addDays(spell.end, -1)],
        ])}/>`,
    ),
    '        </spells>',
  ];
}

function vizLines(attributes: Attributes): string[] {
  const lines: string[] = [];
  const colour = attributes.color;
  if (isHexColour(colour)) {
    const [red, green, blue] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
    lines.push(`        <viz:color r="${red}" g="${green}" b="${blue}"/>`);
  }
  const { x, y, z, size } = attributes;
  if (typeof x === 'number' && typeof y === 'number') {
    lines.push(
      `        <viz:position${xmlAttributes([
        ['x', x],
        ['y', y],
        ['z', typeof z === 'number' ? z : null],
      ])}/>`,
    );
  }
  if (typeof size === 'number') lines.push(`        <viz:size value="${size}"/>`);
  return lines;
}

/** The attributes left for attvalues once those written as `viz:` elements are taken out. */
function withoutViz(attributes: Attributes): Attributes {
  const positioned = typeof attributes.x === 'number' && typeof attributes.y === 'number';
  const inViz = (name: string, value: Attributes[string]): boolean => {
    if (name === 'color') return isHexColour(value);
    if (typeof value !== 'number') return false;
    return name === 'size' || (positioned && (name === 'x' || name === 'y' || name === 'z'));
  };
  return Object.fromEntries(
    Object.entries(attributes).filter(([name, value]) => !inViz(name, value)),
  );
}

function withoutEdgeLabel(attributes: Attributes): Attributes {
  const rest = { ...attributes };
  if (typeof rest.label === 'string') delete rest.label;
  return rest;
}

function isHexColour(value: Attributes[string] | undefined): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
}
