import { useEffect, useRef } from 'react';
import { screenFromHash } from '../../app/screens.ts';
import { readMapHash, writeMapHash, type MapHashParams } from './map-hash.ts';

function write(params: MapHashParams): void {
  const current = window.location.hash;
  const next = writeMapHash(current, params);
  if (next !== current) window.history.replaceState(window.history.state, '', next);
}

/**
 * Keeps the map's date and compared dates in the address, so a reload or a link from another
 * screen opens the same picture. Written with replaceState: scrubbing the slider must not
 * fill the browser's history with one entry per day. A link followed while the map is open
 * (a hashchange) is applied through `onLink`: its compared dates replace the current ones
 * (none = leave before/after mode); a link without a date keeps the current date.
 */
export function useMapAddress(
  params: MapHashParams,
  onLink: (params: MapHashParams) => void,
): void {
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  });
  const { date, compare } = params;
  useEffect(() => write({ date, ...(compare ? { compare } : {}) }), [date, compare]);

  useEffect(() => {
    const follow = () => {
      if (screenFromHash(window.location.hash) !== 'map') return;
      const link = readMapHash(window.location.hash);
      onLink(link);
      const kept = link.date !== undefined ? link.date : latest.current.date;
      write({ date: kept, ...(link.compare ? { compare: link.compare } : {}) });
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [onLink]);
}
