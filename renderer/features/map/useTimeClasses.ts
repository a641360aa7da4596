import { useEffect } from 'react';
import type { EdgeLook, NodeLook } from '../../../shared/map/map-elements.ts';
import type { ShownIds, TimeMarks } from '../../../shared/map/time-marks.ts';
import type { MapView, TimeClasses } from './map-view.ts';

/**
 * The time classes of the map at a date: absent elements (not present: invisible, still laid
 * out), new ties, ended ties (fading, kept visible until the marks drop them), actors who
 * left with an ended tie (fading with it rather than vanishing under it) and newcomers.
 * Before/after marks ended ties on the earlier map as `tie-ending`: shown, not fading.
 */
export function timeClasses(
  absent: ShownIds,
  marks: TimeMarks,
  edges: readonly EdgeLook[],
  endedClass: TimeClasses['endedClass'],
): TimeClasses {
  const leaving = new Set<string>();
  if (endedClass === 'tie-ended' && marks.endedTies.size > 0)
    for (const edge of edges)
      if (marks.endedTies.has(edge.id)) {
        leaving.add(edge.source);
        leaving.add(edge.target);
      }
  const leftActors = new Set<string>();
  for (const id of leaving) if (absent.actorIds.has(id)) leftActors.add(id);
  return {
    absentActors: absent.actorIds,
    absentTies: absent.tieIds,
    leftActors,
    joinedActors: marks.joinedActors,
    newTies: marks.newTies,
    endedTies: marks.endedTies,
    endedClass,
  };
}

/**
 * Puts the time classes on the map (styles in shared/map/map-stylesheet.ts and map-look.ts).
 * Runs after the map has synchronised its elements, and again whenever they change.
 */
export function useTimeClasses(
  view: MapView | null,
  absent: ShownIds | null,
  marks: TimeMarks,
  elements: { nodes: readonly NodeLook[]; edges: readonly EdgeLook[] },
  endedClass: TimeClasses['endedClass'] = 'tie-ended',
): void {
  const { nodes, edges } = elements;
  useEffect(() => {
    if (!view || !absent || view.destroyed()) return;
    view.setTimeClasses(timeClasses(absent, marks, edges, endedClass));
  }, [view, absent, marks, nodes, edges, endedClass]);
}
