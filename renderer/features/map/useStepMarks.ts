import { useEffect, useRef, useState } from 'react';
import {
  NO_MARKS,
  timeMarks,
  type ShownIds,
  type TimeMarks,
} from '../../../shared/map/time-marks.ts';

/** How long ended ties stay on screen, fading, before they are hidden. */
export const FADE_MS = 800;

/**
 * The marks of the latest date change: new ties, ended ties and actors who joined since the
 * previous date shown. Changing only the filters keeps the marks (the date did not move).
 * Ended ties are dropped from the marks after FADE_MS, which hides them.
 */
export function useStepMarks(date: string | null, visible: ShownIds | null): TimeMarks {
  const previous = useRef<{ date: string | null; visible: ShownIds } | null>(null);
  const [marks, setMarks] = useState<TimeMarks>(NO_MARKS);
  useEffect(() => {
    if (!visible) return;
    const before = previous.current;
    previous.current = { date, visible };
    if (before && before.date !== date) setMarks(timeMarks(before.visible, visible));
  }, [date, visible]);

  useEffect(() => {
    if (marks.endedTies.size === 0) return;
    const timer = window.setTimeout(
      () => setMarks((current) => ({ ...current, endedTies: new Set() })),
      FADE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [marks.endedTies]);
  return marks;
}
