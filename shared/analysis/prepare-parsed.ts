import type { TieStatus } from '../domain/tie.ts';
import type { ParsedNetwork, ParsedTie } from '../formats/parsed-network.ts';
import { adjacencyFromTies, checkedWeight, createTieList, pushTie } from '../graph/adjacency.ts';
import { sectorOf, type PreparedNetwork } from '../metrics/analyze.ts';
import { isActiveAt } from '../temporal/tie-spells.ts';
import { WEIGHT_ATTRIBUTE } from './build-graph.ts';
import {
  DEFAULT_STATUSES,
  chooseDirection,
  type DirectionChoice,
  type GraphSelection,
} from './graph-selection.ts';

/** Where a file's tie weight comes from: its weight field, one of its attributes, or nowhere. */
export type ParsedWeight = { from: 'tie' } | { from: 'attribute'; name: string } | null;

export interface PrepareParsedOptions {
  statuses?: readonly TieStatus[];
  at?: string | null;
  /** Read as directed or undirected whatever the file says; as the file says when absent. */
  direction?: DirectionChoice;
  weight?: ParsedWeight;
}

export interface PreparedParsed {
  prepared: PreparedNetwork;
  selection: GraphSelection;
  /** Each actor's label by id: its name, or the id for an actor known only as a tie end. */
  labels: Map<string, string>;
}

/**
 * A network read from a file (GEXF, GraphML, CSV pair) straight into the engine's compact
 * form, without a graphology graph on the way (that graph costs more than most measures on a
 * large network). Ids stay exactly as written ("12" stays "12"), labels keep
 * their accents, actors listed without ties stay as isolates, and a tie end not among the
 * actors becomes an actor (ends given by name match an actor's name first). A tie's direction
 * is its own, else the file's, else undirected; a mix reads as chooseDirection says. With a
 * weight, a missing or non-numeric value throws MeasureError naming the tie and the attribute.
 * Self-loops are dropped and parallel ties summed, as buildAdjacency does.
 */
export function prepareParsed(
  network: ParsedNetwork,
  options: PrepareParsedOptions = {},
): PreparedParsed {
  const statuses = [...(options.statuses ?? DEFAULT_STATUSES)];
  const at = options.at ?? null;
  const weight = options.weight ?? null;
  const ties = network.ties.filter(
    (tie) => statuses.includes(tie.status) && (at === null || isActiveAt(tie.spells, at)),
  );
  const isDirected = (tie: ParsedTie): boolean => tie.directed ?? network.directed ?? false;
  const { directed, directionReason } = chooseDirection(
    ties.map(isDirected),
    options.direction,
    options.direction !== undefined,
  );
  const actors = actorTable(network);
  const list = createTieList(ties.length * 2);
  for (const tie of ties) {
    const source = actors.endOf(tie, tie.source);
    const target = actors.endOf(tie, tie.target);
    if (source === target) continue;
    const value =
      weight === null ? 1 : weightOf(tie, weight, actors.ids[source]!, actors.ids[target]!);
    pushTie(list, source, target, value);
    // Read as directed, a tie that is not directed itself counts both ways.
    if (directed && !isDirected(tie)) pushTie(list, target, source, value);
  }
  const adjacency = adjacencyFromTies(actors.ids, list, directed, weight !== null);
  return {
    prepared: {
      adjacency,
      sectors: actors.sectors.map(sectorOf),
      groups: new Map(),
      sectorAttribute: 'sector',
    },
    selection: {
      directed,
      directionReason,
      statuses,
      tieTypes: null,
      weight: weight === null ? null : weight.from === 'tie' ? WEIGHT_ATTRIBUTE : weight.name,
      at,
      actors: actors.ids.length,
      ties: ties.length,
    },
    labels: actors.labels,
  };
}

/**
 * The actors in file order (a repeated id keeps its first entry), then tie ends not among them
 * in the order ties name them: numbered, with sector and label.
 */
function actorTable(network: ParsedNetwork) {
  const ids: string[] = [];
  const sectors: unknown[] = [];
  const labels = new Map<string, string>();
  const indexOf = new Map<string, number>();
  const idOfName = new Map<string, string>();
  const add = (id: string, label: string, sector: unknown): number => {
    indexOf.set(id, ids.length);
    ids.push(id);
    sectors.push(sector);
    labels.set(id, label);
    return ids.length - 1;
  };
  for (const actor of network.actors) {
    if (indexOf.has(actor.id)) continue;
    idOfName.set(actor.name, actor.id);
    add(actor.id, actor.name, actor.sector);
  }
  const endOf = (tie: ParsedTie, end: string): number => {
    const id = tie.endsBy === 'name' ? (idOfName.get(end) ?? end) : end;
    return indexOf.get(id) ?? add(id, id, null);
  };
  return { ids, sectors, labels, endOf };
}

/** A tie's weight: its own weight field, or the chosen attribute's raw value, checked. */
function weightOf(
  tie: ParsedTie,
  weight: NonNullable<ParsedWeight>,
  source: string,
  target: string,
) {
  if (weight.from === 'tie')
    return checkedWeight(tie.weight, placeOf(WEIGHT_ATTRIBUTE, tie, source, target));
  return checkedWeight(tie.attributes[weight.name], placeOf(weight.name, tie, source, target));
}

/** Where a weight comes from, for checkedWeight's message: the tie's id, else its ends. */
function placeOf(attribute: string, tie: ParsedTie, source: string, target: string) {
  return { attribute, edge: tie.id ?? `${source}–${target}`, source, target };
}
