/**
 * A sliding-window counter per key: at most `limit` hits in any `windowMs`. Old hits are
 * forgotten as time passes, so a participant who paused can propose again.
 */
export function slidingWindow(limit: number, windowMs: number, now: () => number) {
  const hits = new Map<string, number[]>();
  function recent(key: string): number[] {
    const since = now() - windowMs;
    const kept = (hits.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) hits.delete(key);
    else hits.set(key, kept);
    return kept;
  }
  return {
    /** True when another hit would go over the limit (nothing is counted). */
    isFull: (key: string): boolean => recent(key).length >= limit,
    /** Counts one hit. */
    hit(key: string): void {
      hits.set(key, [...recent(key), now()]);
    },
  };
}
