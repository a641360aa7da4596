import { useEffect } from 'react';
import type { MapView } from './map-view.ts';

/**
 * Before/after maps share one viewport: both start fitted to every actor of the project (the
 * same frame whatever the dates), and panning or zooming one moves the other, so a place on
 * the left is the same place on the right.
 */
export function useLinkedViewports(before: MapView | null, after: MapView | null): void {
  useEffect(() => {
    if (!before || !after || before.destroyed() || after.destroyed()) return;
    let mirroring = false;
    const follow = (from: MapView, to: MapView) => () => {
      if (mirroring || to.destroyed()) return;
      mirroring = true;
      to.setViewport(from.viewport());
      mirroring = false;
    };
    const toAfter = follow(before, after);
    const toBefore = follow(after, before);
    const stopBefore = before.onViewport(toAfter);
    const stopAfter = after.onViewport(toBefore);
    if (before.actorIds().length > 0) before.fit({ padding: 30, labels: true });
    toAfter();
    return () => {
      stopBefore();
      stopAfter();
    };
  }, [before, after]);
}
