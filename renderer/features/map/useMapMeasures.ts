import { useEffect, useMemo, useRef, useState } from 'react';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import {
  measureInput,
  measureMap,
  quickMeasures,
  type MapMeasures,
} from '../../../shared/map/map-measures.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { createMapMeasuresWorker } from '../../workers/create-map-measures-worker.ts';
import { createMeasuresClient, type MeasuresClient } from '../../workers/map-measures-client.ts';
import { useSettledValue } from './useSettledValue.ts';

/**
 * Up to this many actors the measures are computed on the page at every step of the time
 * slider (under 50 ms): the map and its tests stay synchronous. Above it they are computed in
 * the measures worker (all-pairs shortest paths among them: about 0.4 s at 1,000 actors, 4 s
 * at 3,000) once the date has rested for MEASURE_DELAY_MS, so dragging the slider never
 * starts (and cancels) a computation per step.
 */
export const LIVE_MEASURE_LIMIT = 400;
const MEASURE_DELAY_MS = 250;
/** Answers kept per date, so stepping back to a date sizes its actors at once. */
const KEPT_DATES = 8;

interface Answers {
  timeline: TimelineData | null;
  byDate: ReadonlyMap<string, MapMeasures>;
  /** The latest answer, whatever its date: what the map shows until this date's arrives. */
  latest: MapMeasures | null;
}

const NO_ANSWERS: Answers = { timeline: null, byDate: new Map(), latest: null };

const dateKey = (date: string | null) => date ?? 'all';

/**
 * The quick measures of `snapshot`, computed in a task of their own after the render that
 * asked (null until then): they are only wanted when a large map is first shown, in the
 * render that already builds everything else the map needs (at 100,000 ties the two together
 * held the page for over 200 ms).
 */
function useQuickMeasures(snapshot: NetworkSnapshot | null): MapMeasures | null {
  const [computed, setComputed] = useState<{
    snapshot: NetworkSnapshot;
    measures: MapMeasures;
  } | null>(null);
  const done = computed !== null && computed.snapshot === snapshot;
  useEffect(() => {
    if (!snapshot || done) return;
    const timer = window.setTimeout(() =>
      setComputed({ snapshot, measures: quickMeasures(snapshot.actors, snapshot.ties) }),
    );
    return () => window.clearTimeout(timer);
  }, [snapshot, done]);
  return done ? computed.measures : null;
}

/**
 * The measures of the map at `date` (`snapshot` is the network then). Small maps measure at
 * once. Large maps ask the worker and meanwhile show the latest answer of another date (sizes
 * lag one step) or, before any answer, the quick measures (degree, strength, core: tens of
 * ms, a task later), so the page never waits for the shortest paths. A request still running when the date
 * moves is cancelled.
 */
export function useMapMeasures(
  timeline: TimelineData | null,
  snapshot: NetworkSnapshot | null,
  date: string | null,
): MapMeasures | null {
  const live = (timeline?.actors.length ?? 0) <= LIVE_MEASURE_LIMIT;
  const settled = useSettledValue(date, live ? 0 : MEASURE_DELAY_MS);
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS);
  const mine = answers.timeline === timeline ? answers : NO_ANSWERS;
  const answer = mine.byDate.get(dateKey(date)) ?? null;
  const fallback = mine.latest;
  const client = useRef<MeasuresClient | null>(null);

  const synchronous = useMemo(
    () => (live && snapshot ? measureMap(snapshot.actors, snapshot.ties) : null),
    [live, snapshot],
  );
  const quick = useQuickMeasures(!live && !answer && !fallback ? snapshot : null);

  const wanted = !live && timeline !== null && snapshot !== null && settled === date && !answer;
  useEffect(() => {
    if (!wanted || !timeline || !snapshot) return;
    let cancel = () => {};
    // Its own task: the index arrays take a tenth of a second at 100,000 ties, better not
    // added to the commit that drew the new date.
    const timer = window.setTimeout(() => {
      client.current ??= createMeasuresClient(createMapMeasuresWorker);
      cancel = client.current.measure(
        measureInput(snapshot.actors, snapshot.ties),
        (measures) =>
          setAnswers((previous) => {
            const kept = previous.timeline === timeline ? [...previous.byDate] : [];
            const entry = [dateKey(date), measures] as const;
            const byDate = new Map([...kept, entry].slice(-KEPT_DATES));
            return { timeline, byDate, latest: measures };
          }),
        (reason) => console.error('Tejido: the map measures worker failed', reason),
      );
    }, 0);
    return () => {
      window.clearTimeout(timer);
      cancel();
    };
  }, [wanted, timeline, snapshot, date]);
  useEffect(
    () => () => {
      client.current?.close();
      client.current = null;
    },
    [],
  );

  return synchronous ?? answer ?? fallback ?? quick;
}
