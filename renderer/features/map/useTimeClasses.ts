import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { EdgeLook, NodeLook } from '../../../shared/map/map-elements.ts';
import type { ShownIds, TimeMarks } from '../../../shared/map/time-marks.ts';

/**
 * Puts the time classes on the canvas (styles in shared/map/map-stylesheet.ts):
 * `absent` (not present at the date: invisible, still laid out), `tie-new`, `tie-ended`
 * (fading, kept visible until the marks drop it), `actor-left` (an absent end of a fading
 * tie, fading with it) and `actor-joined`. Runs after the canvas
 * has synchronised its elements, and again whenever they change.
 */
export function useTimeClasses(
  cy: Core | null,
  absent: ShownIds | null,
  marks: TimeMarks,
  elements: { nodes: readonly NodeLook[]; edges: readonly EdgeLook[] },
  /** Before/after marks ended ties on the earlier map as `tie-ending`: shown, not fading. */
  endedClass: 'tie-ended' | 'tie-ending' = 'tie-ended',
): void {
  const { nodes, edges } = elements;
  useEffect(() => {
    if (!cy || !absent || cy.destroyed()) return;
    // Actors who left with an ended tie fade with it rather than vanish under it.
    const leaving = new Set<string>();
    for (const id of endedClass === 'tie-ended' ? marks.endedTies : []) {
      const edge = cy.getElementById(id);
      if (edge.nonempty() && edge.isEdge()) {
        leaving.add(edge.source().id());
        leaving.add(edge.target().id());
      }
    }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        const left = absent.actorIds.has(id) && leaving.has(id);
        node.toggleClass('absent', absent.actorIds.has(id) && !left);
        node.toggleClass('actor-left', left);
        node.toggleClass('actor-joined', marks.joinedActors.has(id));
      });
      cy.edges().forEach((edge) => {
        const id = edge.id();
        const ended = marks.endedTies.has(id);
        edge.toggleClass('absent', absent.tieIds.has(id) && !ended);
        edge.toggleClass(endedClass, ended);
        edge.toggleClass('tie-new', marks.newTies.has(id));
      });
    });
  }, [cy, absent, marks, nodes, edges, endedClass]);
}
