/**
 * Pajek `.net` writer, after the Pajek manual's input format: `*Network`, `*Vertices N` with
 * quoted names (a `"` inside becomes `'`) and, when the actor has them, numeric x, y, z, its
 * shape and Pajek's own vertex parameters (`ic`, `x_fact`…); then `*Arcs` for directed ties
 * and `*Edges` for undirected ones (a tie without its own direction follows the network;
 * unknown means arcs), one pair of sections per relation (`*Arcs :1 "trust"`), each line
 * "source target weight" plus Pajek's own tie parameters (`c`, `l`, `p`…). Vertices are
 * numbered 1…N in actor order. Pajek cannot carry other attributes, spells, statuses or
 * types. Expects ties whose ends are actor ids.
 */
import type { Attributes } from '../../domain/text.ts';
import type { ParsedNetwork, ParsedTie } from '../parsed-network.ts';
import { TIE_PARAMETERS, VERTEX_PARAMETERS } from './pajek-lines.ts';

export function writePajek(network: ParsedNetwork): string {
  const numbers = new Map(network.actors.map((actor, index) => [actor.id, index + 1]));
  const name = network.attributes?.name;
  const lines = [
    `*Network ${typeof name === 'string' && name.trim() !== '' ? oneLine(name) : 'Tejido'}`,
    `*Vertices ${network.actors.length}`,
    ...network.actors.map((actor, index) =>
      [String(index + 1), quote(actor.name), ...vertexFields(actor.attributes)].join(' '),
    ),
  ];
  const relations = [...new Set(network.ties.map((tie) => tie.relation))];
  relations.forEach((relation, index) => {
    const ties = network.ties.filter((tie) => tie.relation === relation);
    const suffix = relation === null ? '' : ` :${index + 1} ${quote(relation)}`;
    for (const [keyword, directed] of [
      ['*Arcs', true],
      ['*Edges', false],
    ] as const) {
      const section = ties.filter((tie) => (tie.directed ?? network.directed ?? true) === directed);
      if (section.length === 0) continue;
      lines.push(`${keyword}${suffix}`, ...section.flatMap((tie) => tieLine(tie, numbers)));
    }
  });
  lines.push('');
  return lines.join('\r\n');
}

function vertexFields(attributes: Attributes): string[] {
  const fields: string[] = [];
  const { x, y, z, shape } = attributes;
  if (typeof x === 'number' && typeof y === 'number') {
    fields.push(String(x), String(y));
    if (typeof z === 'number') fields.push(String(z));
  }
  if (typeof shape === 'string' && /^\w+$/.test(shape)) fields.push(shape);
  return [...fields, ...parameterFields(attributes, VERTEX_PARAMETERS)];
}

function tieLine(tie: ParsedTie, numbers: Map<string, number>): string[] {
  const [source, target] = [numbers.get(tie.source), numbers.get(tie.target)];
  if (source === undefined || target === undefined) return [];
  const fields = [String(source), String(target), String(tie.weight)];
  return [[...fields, ...parameterFields(tie.attributes, TIE_PARAMETERS)].join(' ')];
}

function parameterFields(attributes: Attributes, known: Set<string>): string[] {
  return Object.entries(attributes).flatMap(([key, value]) => {
    if (!known.has(key) || value === null || typeof value === 'boolean') return [];
    const text = String(value);
    return [key, /^[^\s"]+$/.test(text) ? text : quote(text)];
  });
}

function quote(text: string): string {
  return `"${oneLine(text).replaceAll('"', "'")}"`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
