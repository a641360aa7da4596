import Graph from 'graphology';
import type { TieStatus } from '../domain/tie.ts';
import type { ParsedNetwork, ParsedTie } from '../formats/parsed-network.ts';
import { isActiveAt } from '../temporal/tie-spells.ts';
import { WEIGHT_ATTRIBUTE, type BuiltGraph } from './build-graph.ts';
import { DEFAULT_STATUSES, chooseDirection, type DirectionChoice } from './graph-selection.ts';

/** Where a file's tie weight comes from: its weight field, one of its attributes, or nowhere. */
export type ParsedWeight = { from: 'tie' } | { from: 'attribute'; name: string } | null;

export interface BuildParsedGraphOptions {
  statuses?: readonly TieStatus[];
  at?: string | null;
  /** Read as directed or undirected whatever the file says; as the file says when absent. */
  direction?: DirectionChoice;
  weight?: ParsedWeight;
}

/**
 * The graphology graph of a network read from a file (GEXF, GraphML, CSV pair). Node keys are
 * the ids exactly as written ("12" stays "12"); labels keep their accents. Actors listed in
 * the nodes file without ties stay as isolates; a tie end not among the actors becomes an
 * actor (ends given by name are matched to an actor's name first). A tie's direction is its
 * own, else the file's, else undirected; a mix is read as chooseDirection says.
 * `selection.weight` names the edge attribute to give analyze() as weight: `weight` for the
 * ties' own weight, or the chosen attribute, whose raw values the engine checks (a missing or
 * non-numeric one throws MeasureError naming it).
 */
export function buildGraphFromParsed(
  network: ParsedNetwork,
  options: BuildParsedGraphOptions = {},
): BuiltGraph {
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
  const graph = new Graph({ type: directed ? 'mixed' : 'undirected', multi: true });
  const idOfName = new Map<string, string>();
  for (const actor of network.actors) {
    if (graph.hasNode(actor.id)) continue;
    idOfName.set(actor.name, actor.id);
    graph.addNode(actor.id, {
      ...actor.attributes,
      label: actor.name,
      sector: actor.sector,
      kind: actor.kind,
      region: actor.region,
    });
  }
  const endOf = (tie: ParsedTie, end: string): string => {
    const id = tie.endsBy === 'name' ? (idOfName.get(end) ?? end) : end;
    if (!graph.hasNode(id))
      graph.addNode(id, { label: id, sector: null, kind: null, region: null });
    return id;
  };
  for (const tie of ties) {
    const source = endOf(tie, tie.source);
    const target = endOf(tie, tie.target);
    // An attribute chosen as weight keeps its name, so the engine's refusal names it.
    const attributes = {
      ...tie.attributes,
      type: tie.type,
      status: tie.status,
      ...(weight?.from === 'attribute' ? {} : { [WEIGHT_ATTRIBUTE]: tie.weight }),
    };
    if (directed && isDirected(tie)) graph.addDirectedEdge(source, target, attributes);
    else graph.addUndirectedEdge(source, target, attributes);
  }
  return {
    graph,
    selection: {
      directed,
      directionReason,
      statuses,
      tieTypes: null,
      weight: weight === null ? null : weight.from === 'tie' ? WEIGHT_ATTRIBUTE : weight.name,
      at,
      actors: graph.order,
      ties: ties.length,
    },
  };
}
