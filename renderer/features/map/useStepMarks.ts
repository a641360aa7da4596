import { useEffect, useState } from 'react';
import {
  NO_MARKS,
  timeMarks,
  type ShownIds,
  type TimeMarks,
} from '../../../shared/map/time-marks.ts';

/** How long ended ties stay on screen, fading, before they are hidden. */
export const FADE_MS = 800;

interface Tracked {
  date: string | null;
  visible: ShownIds | null;
  marks: TimeMarks;
}

/**
 * The marks of the latest date change: new ties, ended ties and actors who joined since the
 * previous date shown. Changing only the filters keeps the marks (the date did not move).
 * Ended ties are dropped from the marks after FADE_MS, which hides them.
 * The marks are derived while rendering (React's "adjust state when a prop changes"), so the
 * frame that shows a new date already carries its marks: no frame without them.
 */
export function useStepMarks(date: string | null, visible: ShownIds | null): TimeMarks {
  const [tracked, setTracked] = useState<Tracked>({ date, visible, marks: NO_MARKS });
  if (visible && visible !== tracked.visible) {
    const moved = tracked.visible !== null && tracked.date !== date;
    setTracked({
      date,
      visible,
      marks: moved && tracked.visible ? timeMarks(tracked.visible, visible) : tracked.marks,
    });
  }
  const { marks } = tracked;

  useEffect(() => {
    if (marks.endedTies.size === 0) return;
    const timer = window.setTimeout(
      () =>
        setTracked((current) => ({
          ...current,
          marks: { ...current.marks, endedTies: new Set() },
        })),
      FADE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [marks.endedTies]);
  return marks;
}
