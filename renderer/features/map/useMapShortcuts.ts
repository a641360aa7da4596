import { useEffect, useRef } from 'react';
import type { MapView } from './map-view.ts';

export interface ShortcutActions {
  toggleProjector: () => void;
  focusSearch: () => void;
  relayout: () => void;
  cycleLabels: () => void;
  escape: () => void;
  help: () => void;
}

const PAN_STEP = 80;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** The map's keyboard shortcuts (listed in ShortcutsDialog and the README), off while typing. */
export function useMapShortcuts(view: MapView | null, actions: ShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]') && event.key !== 'Escape') return;
      const act = latest.current;
      const handlers: Record<string, () => void> = {
        p: act.toggleProjector,
        P: act.toggleProjector,
        '/': act.focusSearch,
        l: act.relayout,
        L: act.relayout,
        t: act.cycleLabels,
        T: act.cycleLabels,
        '?': act.help,
        Escape: act.escape,
        '0': () => view?.fit({ padding: 30 }),
        '+': () => view?.zoomBy(1.25),
        '=': () => view?.zoomBy(1.25),
        '-': () => view?.zoomBy(0.8),
        ArrowLeft: () => view?.panBy(PAN_STEP, 0),
        ArrowRight: () => view?.panBy(-PAN_STEP, 0),
        ArrowUp: () => view?.panBy(0, PAN_STEP),
        ArrowDown: () => view?.panBy(0, -PAN_STEP),
      };
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);
}
