import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { Position } from '../../../shared/domain/view.ts';
import type { EdgeLook, NodeLook } from '../../../shared/map/map-elements.ts';
import { LARGE_MAP_ELEMENTS } from '../../../shared/map/map-scale.ts';
import type { TimeClasses } from './map-view.ts';

/**
 * Brings the Cytoscape graph in line with the looks: removes what left, updates what stayed
 * (positions untouched: an actor never jumps when the date changes), adds what is new at the
 * position given. One batch, so Cytoscape redraws once.
 */
export function syncElements(
  cy: Core,
  nodes: readonly NodeLook[],
  edges: readonly EdgeLook[],
  positionOf: (id: string) => Position,
): void {
  const nodeIds = new Set(nodes.map((node) => node.id));
  const edgeIds = new Set(edges.map((edge) => edge.id));
  cy.batch(() => {
    cy.edges()
      .filter((edge) => !edgeIds.has(edge.id()))
      .remove();
    cy.nodes()
      .filter((node) => !nodeIds.has(node.id()))
      .remove();
    const added: ElementDefinition[] = [];
    for (const node of nodes) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) existing.data(node);
      else added.push({ group: 'nodes', data: { ...node }, position: { ...positionOf(node.id) } });
    }
    for (const edge of edges) {
      const existing = cy.getElementById(edge.id);
      if (existing.nonempty()) existing.data(edge);
      else added.push({ group: 'edges', data: { ...edge } });
    }
    if (added.length) cy.add(added);
  });
}

/**
 * Gives `className` to exactly the elements `wanted` says, touching only those whose state
 * changes (each class change makes Cytoscape restyle the element), in one batch.
 */
function setClass(
  cy: Core,
  group: 'node' | 'edge',
  className: string,
  wanted: (id: string) => boolean,
): void {
  const change = cy
    .elements(group)
    .filter((element) => element.hasClass(className) !== wanted(element.id()));
  if (change.empty()) return;
  cy.batch(() => {
    change.toggleClass(className);
  });
}

/** Hides what the filters leave out (class `filtered`: display none), keeping positions. */
export function applyVisibility(
  cy: Core,
  actorIds: ReadonlySet<string>,
  tieIds: ReadonlySet<string>,
): void {
  setClass(cy, 'node', 'filtered', (id) => !actorIds.has(id));
  setClass(cy, 'edge', 'filtered', (id) => !tieIds.has(id));
}

/**
 * Marks actors whose labels stay quiet (drawn only when zoomed well in, or when highlighted;
 * see quietLabels and the stylesheet), so dense cores are not a pile of text: class `quiet`
 * for the normal stylesheet, `quiet-projector` for projector mode's.
 */
export function applyQuietLabels(
  cy: Core,
  quiet: ReadonlySet<string>,
  quietInProjector: ReadonlySet<string>,
): void {
  setClass(cy, 'node', 'quiet', (id) => quiet.has(id));
  setClass(cy, 'node', 'quiet-projector', (id) => quietInProjector.has(id));
}

export type MapSelection = { kind: 'actor'; id: string } | { kind: 'tie'; id: string } | null;

/**
 * Highlights the selection and its neighbours, dims the rest; no selection clears both. Only
 * elements whose state changes are touched: each class change makes Cytoscape restyle the
 * element. On large maps (above LARGE_MAP_ELEMENTS actors + ties) the rest is left as it is:
 * restyling thousands of elements took seconds per click in the benchmark.
 */
export function highlight(cy: Core, selection: MapSelection): void {
  cy.batch(() => {
    cy.$(':selected').unselect();
    const element = selection ? cy.getElementById(selection.id) : null;
    if (!selection || !element || element.length === 0) {
      cy.$('.dimmed').removeClass('dimmed');
      cy.$('.highlighted').removeClass('highlighted');
      return;
    }
    element.select();
    const near: Collection =
      selection.kind === 'actor'
        ? cy.nodes().getElementById(selection.id).closedNeighborhood()
        : cy.edges().getElementById(selection.id).connectedNodes().union(element);
    cy.$('.highlighted').difference(near).removeClass('highlighted');
    near.removeClass('dimmed').addClass('highlighted');
    if (cy.elements().length <= LARGE_MAP_ELEMENTS)
      cy.elements().difference(near).difference('.dimmed').addClass('dimmed');
  });
}

/** Current positions of every actor drawn, by id. */
export function readPositions(cy: Core): Map<string, Position> {
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  return positions;
}

/** Moves actors to the given positions (unknown ids ignored) in one batch. */
export function applyPositions(cy: Core, positions: ReadonlyMap<string, Position>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = positions.get(node.id());
      if (position) node.position({ ...position });
    });
  });
}

/** Puts the time classes on Cytoscape's elements (styles in shared/map/map-stylesheet.ts). */
export function applyTimeClasses(cy: Core, classes: TimeClasses): void {
  const { endedClass } = classes;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const id = node.id();
      const left = classes.leftActors.has(id);
      node.toggleClass('absent', classes.absentActors.has(id) && !left);
      node.toggleClass('actor-left', left);
      node.toggleClass('actor-joined', classes.joinedActors.has(id));
    });
    cy.edges().forEach((edge) => {
      const id = edge.id();
      const ended = classes.endedTies.has(id);
      edge.toggleClass('absent', classes.absentTies.has(id) && !ended);
      edge.toggleClass(endedClass, ended);
      edge.toggleClass('tie-new', classes.newTies.has(id));
    });
  });
}
