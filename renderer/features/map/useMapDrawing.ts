import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapLayoutKind, Position } from '../../../shared/domain/view.ts';
import type { FilterResult } from '../../../shared/map/filter-map.ts';
import { placeNewActors } from '../../../shared/map/layouts.ts';
import { LABEL_BUDGET, quietLabels } from '../../../shared/map/map-scale.ts';
import type { EdgeLook, NodeLook } from '../../../shared/map/map-elements.ts';
import type { MapSelection } from './cy-elements.ts';
import type { MapView } from './map-view.ts';
import { runLayout, type LayoutContext } from './run-layout.ts';

/** Asks the map to lay itself out; a new `id` runs it again. */
export interface LayoutRequest {
  id: number;
  kind: MapLayoutKind;
  /** Ignore current positions (force-directed starts from scratch). */
  fresh: boolean;
  /** Positions to apply as they are (a saved view) instead of computing a layout. */
  positions?: ReadonlyMap<string, Position>;
}

export interface DrawingInput {
  nodes: readonly NodeLook[];
  edges: readonly EdgeLook[];
  visible: FilterResult;
  selection: MapSelection;
  /** Position cache by actor id, owned by the screen so it outlives date and filter changes. */
  positions: Map<string, Position>;
  layout: LayoutRequest | null;
  layoutContext: LayoutContext | null;
  onLayoutDone: (request: LayoutRequest) => void;
  /** Called when actors are drawn for the first time and none has a position yet. */
  onFirstDrawing: () => void;
}

/**
 * Keeps the map view in line with the screen's state: elements (new actors placed near their
 * neighbours, known ones never moved), what the filters show, which labels stay quiet, the
 * highlighted selection, and layout requests. On the first drawing with no known positions it
 * runs force-directed. Returns the share done of a layout running in the worker, else null.
 */
export function useMapDrawing(view: MapView | null, input: DrawingInput): number | null {
  const { nodes, edges, visible, selection, positions, layout, layoutContext } = input;
  const [progress, setProgress] = useState<number | null>(null);
  // Both sets are marked; the stylesheet of the current mode says which one is quiet.
  const quiet = useMemo(
    () => ({
      normal: quietLabels(nodes, LABEL_BUDGET.normal),
      projector: quietLabels(nodes, LABEL_BUDGET.projector),
    }),
    [nodes],
  );
  const done = useRef(input.onLayoutDone);
  const first = useRef(input.onFirstDrawing);
  const context = useRef(layoutContext);
  useEffect(() => {
    done.current = input.onLayoutDone;
    first.current = input.onFirstDrawing;
    context.current = layoutContext;
  });

  useEffect(() => {
    if (!view) return;
    const firstDrawing = positions.size === 0 && nodes.length > 0;
    const placed = placeNewActors(
      nodes.map((node) => node.id),
      positions,
      edges,
    );
    for (const [id, position] of placed) positions.set(id, position);
    view.setElements(nodes, edges, (id) => placed.get(id) ?? { x: 0, y: 0 }, {
      layoutFollows: firstDrawing,
    });
    if (firstDrawing) first.current();
  }, [view, nodes, edges, positions]);

  useEffect(() => {
    if (view) view.setVisibility(visible.actorIds, visible.tieIds);
  }, [view, visible, nodes, edges]);

  useEffect(() => {
    if (view) view.setQuietLabels(quiet.normal, quiet.projector);
  }, [view, quiet, nodes, edges]);

  useEffect(() => {
    if (view) view.highlight(selection);
  }, [view, selection, nodes, edges]);

  useEffect(() => {
    if (!view || !layout || !context.current) return;
    const abort = new AbortController();
    const request = layout;
    const finish = (result: Map<string, Position>) => {
      if (abort.signal.aborted) return;
      setProgress(null);
      positions.clear();
      // A saved view also remembers actors not drawn at this date: keep them for later.
      for (const [id, position] of request.positions ?? []) positions.set(id, position);
      for (const [id, position] of result) positions.set(id, position);
      done.current(request);
    };
    if (request.positions) {
      const merged = placeNewActors(view.actorIds(), request.positions, view.ties());
      view.setPositions(merged);
      view.fit();
      finish(merged);
    } else {
      const onProgress = (done: number) => {
        if (!abort.signal.aborted) setProgress(done);
      };
      runLayout(view, request.kind, context.current, request.fresh, {
        onProgress,
        signal: abort.signal,
      })
        .then(finish)
        .catch((error: unknown) => {
          // A failed worker leaves the picture as it is rather than "arranging" for ever.
          console.error('Tejido: the map layout failed', error);
          // Applied as they are: a first drawing waits for positions before drawing its ties.
          view.setPositions(view.positions());
          finish(view.positions());
        });
    }
    return () => {
      abort.abort();
      setProgress(null);
    };
  }, [view, layout, positions]);
  return progress;
}
