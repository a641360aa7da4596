/**
 * GraphML 1.0 writer (graphml.graphdrawing.org schema): one `<key>` per column with its
 * attr.type, the actor's name as the node key `label`, the weight as the edge key `weight`,
 * actor sector/kind/region and tie type/status/evidence/note/relation as keys beside the
 * file's own attributes, graph attributes as graph keys, and `directed` on every edge whose
 * tie says it. GraphML has no time: spells are not written (use GEXF for dynamic networks).
 * Expects ties whose ends are actor ids (`endsBy: 'id'`).
 */
import type { Attributes } from '../../domain/text.ts';
import {
  collectColumns,
  columnText,
  type Column,
  type ColumnType,
} from '../graph-files/columns.ts';
import { actorColumns, tieColumns } from '../graph-files/records.ts';
import type { ParsedNetwork } from '../parsed-network.ts';
import { escapeXmlText, xmlAttributes } from '../xml/write-xml.ts';

const GRAPHML_TYPES: Record<ColumnType, string> = {
  boolean: 'boolean',
  integer: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
};

interface KeyedColumn extends Column {
  id: string;
}

export function writeGraphml(network: ParsedNetwork): string {
  const graphRows = [network.attributes ?? {}];
  const nodeRows = network.actors.map((actor) => ({ ...actorColumns(actor), label: actor.name }));
  const edgeRows = network.ties.map((tie) => ({ ...tieColumns(tie), weight: tie.weight }));
  const keys = { count: 0 };
  const keyed = (columns: Column[]): KeyedColumn[] =>
    columns.map((column) => ({ ...column, id: `d${keys.count++}` }));
  const graphColumns = keyed(collectColumns(graphRows));
  const nodeColumns = keyed(collectColumns(nodeRows));
  const edgeColumns = keyed(collectColumns(edgeRows).map(weightAsDouble));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('graph', graphColumns),
    ...keyLines('node', nodeColumns),
    ...keyLines('edge', edgeColumns),
    `  <graph id="G" edgedefault="${network.directed === false ? 'undirected' : 'directed'}">`,
    ...dataLines(graphRows[0]!, graphColumns, '    '),
  ];
  network.actors.forEach((actor, index) => {
    lines.push(`    <node${xmlAttributes([['id', actor.id]])}>`);
    lines.push(...dataLines(nodeRows[index]!, nodeColumns, '      '));
    lines.push('    </node>');
  });
  network.ties.forEach((tie, index) => {
    const directed = tie.directed === null ? null : String(tie.directed);
    const attributes = xmlAttributes([
      ['id', tie.id],
      ['source', tie.source],
      ['target', tie.target],
      ['directed', directed],
    ]);
    lines.push(`    <edge${attributes}>`);
    lines.push(...dataLines(edgeRows[index]!, edgeColumns, '      '));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Weights are always written as double, so a whole-number weight reads back as a number. */
function weightAsDouble(column: Column): Column {
  return column.name === 'weight' ? { ...column, type: 'double' } : column;
}

function keyLines(domain: string, columns: KeyedColumn[]): string[] {
  return columns.map(
    (column) =>
      `  <key${xmlAttributes([
        ['id', column.id],
        ['for', domain],
        ['attr.name', column.name],
        ['attr.type', GRAPHML_TYPES[column.type]],
      ])}/>`,
  );
}

function dataLines(row: Attributes, columns: KeyedColumn[], indent: string): string[] {
  return columns.flatMap((column) => {
    const text = columnText(row[column.name]);
    if (text === null) return [];
    return [`${indent}<data key="${column.id}">${escapeXmlText(text)}</data>`];
  });
}
