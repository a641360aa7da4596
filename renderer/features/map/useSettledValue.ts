import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delay` ms; with a delay of 0 it follows at once
 * (and keeps following, so switching to a delay later starts from the current value). Lets a
 * costly computation wait for the slider to rest while the cheap parts follow every move.
 */
export function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  if (delay === 0 && !Object.is(settled, value)) setSettled(value);
  useEffect(() => {
    if (delay === 0) return;
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return delay === 0 ? value : settled;
}
