import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';

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

function zoomBy(cy: Core, factor: number): void {
  const { width, height } = { width: cy.width(), height: cy.height() };
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
}

/** The map's keyboard shortcuts (listed in ShortcutsDialog and the README), off while typing. */
export function useMapShortcuts(cy: Core | null, actions: ShortcutActions): void {
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
        '0': () => cy?.fit(undefined, 30),
        '+': () => cy && zoomBy(cy, 1.25),
        '=': () => cy && zoomBy(cy, 1.25),
        '-': () => cy && zoomBy(cy, 0.8),
        ArrowLeft: () => cy?.panBy({ x: PAN_STEP, y: 0 }),
        ArrowRight: () => cy?.panBy({ x: -PAN_STEP, y: 0 }),
        ArrowUp: () => cy?.panBy({ x: 0, y: PAN_STEP }),
        ArrowDown: () => cy?.panBy({ x: 0, y: -PAN_STEP }),
      };
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cy]);
}
