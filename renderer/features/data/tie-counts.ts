import type { Tie } from '../../../shared/domain/tie.ts';

/** How many ties touch each actor, whatever their status or dates; a self-loop counts once. */
export function countTiesByActor(ties: readonly Tie[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tie of ties) {
    counts.set(tie.source, (counts.get(tie.source) ?? 0) + 1);
    if (tie.target !== tie.source) counts.set(tie.target, (counts.get(tie.target) ?? 0) + 1);
  }
  return counts;
}
