/**
 * UCINET DL writer. Directed ties of one relation are written as `FORMAT = EDGELIST1` with
 * `LABELS:` (so isolated actors are kept) and "row column weight" lines; a network with
 * undirected ties or several relations is written as `FORMAT = FULLMATRIX` (symmetric for
 * undirected ties) with `NM=` and `LEVEL LABELS:`, the form UCINET reads for multiplex data.
 * Labels are the actors' names, quoted, made unique with " (2)", " (3)"… because DL has no
 * other id. DL cannot carry attributes, spells, statuses or types; parallel ties of one
 * relation add up in a matrix cell.
 */
import type { ParsedNetwork, ParsedTie } from '../parsed-network.ts';

export function writeDl(network: ParsedNetwork): string {
  const labels = uniqueLabels(network.actors.map((actor) => actor.name));
  const index = new Map(network.actors.map((actor, position) => [actor.id, position]));
  const relations = relationsOf(network);
  const undirected = network.ties.some((tie) => (tie.directed ?? network.directed) === false);
  const header = [`DL N=${labels.length}${relations.length > 1 ? ` NM=${relations.length}` : ''}`];
  const labelLines = ['LABELS:', ...labels.map(quoteLabel)];
  if (relations.length <= 1 && !undirected) {
    const rows = network.ties.flatMap((tie) => {
      const [source, target] = [index.get(tie.source), index.get(tie.target)];
      return source === undefined || target === undefined
        ? []
        : [`${source + 1} ${target + 1} ${tie.weight}`];
    });
    const level = relations[0] === undefined ? [] : ['LEVEL LABELS:', quoteLabel(relations[0])];
    return [...header, 'FORMAT = EDGELIST1', ...labelLines, ...level, 'DATA:', ...rows, ''].join(
      '\n',
    );
  }
  const matrices = (relations.length === 0 ? [null] : relations).flatMap((relation) =>
    matrixRows(
      network.ties.filter((tie) => relations.length === 0 || tie.relation === relation),
      index,
      labels.length,
      network.directed,
    ),
  );
  const levels = relations.length === 0 ? [] : ['LEVEL LABELS:', ...relations.map(quoteLabel)];
  return [
    ...header,
    'FORMAT = FULLMATRIX DIAGONAL PRESENT',
    ...labelLines,
    ...levels,
    'DATA:',
    ...matrices,
    '',
  ].join('\n');
}

/** The relations named in the network, or found on its ties, in first-seen order. */
function relationsOf(network: ParsedNetwork): string[] {
  const names = new Set(network.relations);
  for (const tie of network.ties) if (tie.relation !== null) names.add(tie.relation);
  return [...names];
}

function matrixRows(
  ties: ParsedTie[],
  index: Map<string, number>,
  size: number,
  networkDirected: boolean | null,
): string[] {
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const tie of ties) {
    const [source, target] = [index.get(tie.source), index.get(tie.target)];
    if (source === undefined || target === undefined) continue;
    matrix[source]![target]! += tie.weight;
    if ((tie.directed ?? networkDirected) === false && source !== target) {
      matrix[target]![source]! += tie.weight;
    }
  }
  return matrix.map((row) => row.join(' '));
}

function uniqueLabels(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

function quoteLabel(label: string): string {
  return `"${label.replaceAll('"', "'").replace(/[\r\n]+/g, ' ')}"`;
}
