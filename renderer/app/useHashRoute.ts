import { useSyncExternalStore } from 'react';
import { screenFromHash, type ScreenId } from './screens.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readHash(): string {
  return window.location.hash;
}

/** The screen named in the URL fragment (`#/data`), so a reload keeps the screen. */
export function useHashRoute(): ScreenId {
  return screenFromHash(useSyncExternalStore(subscribe, readHash));
}
