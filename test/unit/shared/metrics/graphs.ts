import Graph from 'graphology';
import { buildAdjacency, type Adjacency } from '../../../../shared/graph/adjacency.ts';

/** Tiny named networks whose measures can be checked by hand. */
export type TieSpec = readonly [string, string] | readonly [string, string, number];

export interface GraphOptions {
  directed?: boolean;
  /** Allow several ties between the same pair. */
  multi?: boolean;
  /** Actors to add first, in this order (isolates, or to fix the order). */
  actors?: readonly string[];
  sectors?: Readonly<Record<string, string>>;
}

export function makeGraph(ties: readonly TieSpec[], options: GraphOptions = {}): Graph {
  const graph = new Graph({
    type: options.directed ? 'directed' : 'undirected',
    multi: options.multi ?? false,
  });
  for (const actor of options.actors ?? []) graph.addNode(actor);
  for (const [source, target, weight] of ties) {
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target, weight === undefined ? {} : { weight });
  }
  for (const [actor, sector] of Object.entries(options.sectors ?? {}))
    graph.setNodeAttribute(actor, 'sector', sector);
  return graph;
}

export function adjacencyOf(
  ties: readonly TieSpec[],
  options: GraphOptions & { weighted?: boolean } = {},
): Adjacency {
  return buildAdjacency(makeGraph(ties, options), {
    directed: options.directed ?? false,
    weight: options.weighted ? 'weight' : null,
  });
}

/** Value of a per-actor column for one actor id. */
export function valueOf(adjacency: Adjacency, column: ArrayLike<number>, actor: string): number {
  return column[adjacency.ids.indexOf(actor)]!;
}

/** a – b – c – d */
export const path: TieSpec[] = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
];

/** Two triangles, a–b–c and x–y–z, with no tie between them. */
export const twoTriangles: TieSpec[] = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'a'],
  ['x', 'y'],
  ['y', 'z'],
  ['z', 'x'],
];

/** hub tied to four leaves that are not tied to each other. */
export const star: TieSpec[] = [
  ['hub', 'l1'],
  ['hub', 'l2'],
  ['hub', 'l3'],
  ['hub', 'l4'],
];

export const triangle: TieSpec[] = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'a'],
];

/** Padgett's Florentine marriage network as NetworkX ships it: 15 families, without Pucci. */
export const florentine: TieSpec[] = [
  ['Acciaiuoli', 'Medici'],
  ['Castellani', 'Peruzzi'],
  ['Castellani', 'Strozzi'],
  ['Castellani', 'Barbadori'],
  ['Medici', 'Barbadori'],
  ['Medici', 'Ridolfi'],
  ['Medici', 'Tornabuoni'],
  ['Medici', 'Albizzi'],
  ['Medici', 'Salviati'],
  ['Salviati', 'Pazzi'],
  ['Peruzzi', 'Strozzi'],
  ['Peruzzi', 'Bischeri'],
  ['Strozzi', 'Ridolfi'],
  ['Strozzi', 'Bischeri'],
  ['Ridolfi', 'Tornabuoni'],
  ['Tornabuoni', 'Guadagni'],
  ['Albizzi', 'Ginori'],
  ['Albizzi', 'Guadagni'],
  ['Bischeri', 'Guadagni'],
  ['Guadagni', 'Lamberteschi'],
];
