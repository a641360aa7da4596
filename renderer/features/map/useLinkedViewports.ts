import type { Core } from 'cytoscape';
import { useEffect } from 'react';

/**
 * Before/after maps share one viewport: both start fitted to every actor of the project (the
 * same frame whatever the dates), and panning or zooming one moves the other, so a place on
 * the left is the same place on the right.
 */
export function useLinkedViewports(before: Core | null, after: Core | null): void {
  useEffect(() => {
    if (!before || !after || before.destroyed() || after.destroyed()) return;
    let mirroring = false;
    const follow = (from: Core, to: Core) => () => {
      if (mirroring || to.destroyed()) return;
      mirroring = true;
      to.viewport({ zoom: from.zoom(), pan: { ...from.pan() } });
      mirroring = false;
    };
    const toAfter = follow(before, after);
    const toBefore = follow(after, before);
    before.on('viewport', toAfter);
    after.on('viewport', toBefore);
    if (before.nodes().nonempty()) before.fit(before.nodes(), 30);
    toAfter();
    return () => {
      before.removeListener('viewport', toAfter);
      after.removeListener('viewport', toBefore);
    };
  }, [before, after]);
}
