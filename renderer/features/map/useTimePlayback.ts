import { useEffect, useState } from 'react';
import { stepFrom } from '../../../shared/map/map-timeline.ts';

/** Time on screen per step at 1×; the speeds divide it. */
export const STEP_MS = 1500;
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof SPEEDS)[number];

/**
 * Plays the map as an animation: every STEP_MS / speed it moves to the next step, and stops
 * after the last one. Starting at (or after) the last step starts again from the first.
 * Only the date changes: the layout stays, so nobody moves.
 */
export function useTimePlayback(
  steps: readonly string[],
  date: string | null,
  onDate: (date: string) => void,
) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaybackSpeed>(1);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = stepFrom(steps, date, 1);
      if (next === null) setPlaying(false);
      else onDate(next);
    }, STEP_MS / speed);
    return () => window.clearTimeout(timer);
  }, [playing, steps, date, speed, onDate]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (steps.length === 0) return;
    if (stepFrom(steps, date, 1) === null) onDate(steps[0]!);
    setPlaying(true);
  };
  return { playing, toggle, stop: () => setPlaying(false), speed, setSpeed };
}
