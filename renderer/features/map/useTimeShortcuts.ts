import { useEffect, useRef } from 'react';

export interface TimeShortcutActions {
  previous: () => void;
  next: () => void;
  togglePlay: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The slider keeps its arrow keys, but brackets and k still work while it has the focus.
  if (target instanceof HTMLInputElement && target.type === 'range') return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * Keys of the time slider: `[` previous step, `]` next step, `k` play or pause (as in video
 * players). Off while typing and while a dialog is open. The slider itself, when focused,
 * moves by one day with the arrow keys and by larger jumps with Page Up / Page Down.
 */
export function useTimeShortcuts(enabled: boolean, actions: TimeShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const handler = {
        '[': latest.current.previous,
        ']': latest.current.next,
        k: latest.current.togglePlay,
        K: latest.current.togglePlay,
      }[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
