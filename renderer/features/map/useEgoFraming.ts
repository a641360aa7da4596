import { useEffect, useRef } from 'react';
import type { MapFilters } from '../../../shared/domain/view.ts';
import type { MapView } from './map-view.ts';

/**
 * Choosing an ego network (or another actor, or steps, or none) frames what the map then
 * shows: the few actors it keeps would otherwise sit small wherever the whole map had them.
 * Only a change frames; opening the map or a new canvas keeps the framing it has.
 */
export function useEgoFraming(view: MapView | null, ego: MapFilters['ego']): void {
  const key = ego ? `${ego.actorId}:${ego.steps}` : '';
  const framed = useRef(key);
  useEffect(() => {
    if (!view || view.destroyed() || framed.current === key) return;
    // After the frame in which the filtered elements reach the canvas.
    const frame = requestAnimationFrame(() => {
      if (view.destroyed()) return;
      framed.current = key;
      view.fit({ padding: 30 });
    });
    return () => cancelAnimationFrame(frame);
  }, [view, key]);
}
