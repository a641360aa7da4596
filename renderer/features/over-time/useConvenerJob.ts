import { useMemo, useState } from 'react';
import type { CohesionMeasures } from '../../../shared/temporal/convener-dependence.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { TwoDates } from './screen-defaults.ts';
import { useSeriesJob } from './useSeriesJob.ts';

/** The cohesion measures a convener-dependence table shows, with their label keys. */
export const CONVENER_ROWS = [
  ['components', 'components'],
  ['largestComponentShare', 'largest'],
  ['averagePathLength', 'path'],
] as const satisfies readonly (readonly [keyof CohesionMeasures, string])[];

/**
 * The convener job shared by the Over-time indicator and the Report: runs when an actor and
 * two ordered dates are chosen, and again on `restart`; `options` lists actors by name.
 */
export function useConvenerJob(data: TimelineData, dates: TwoDates, actor: string) {
  const { language } = useLanguage();
  const [run, setRun] = useState(0);
  const job = useMemo(() => {
    void run; // "Compute again" bumps it: a fresh job object runs the same job again.
    if (actor === '' || dates.before >= dates.after) return null;
    return { task: 'convener' as const, data, actor, dates: [dates.before, dates.after] };
  }, [data, actor, dates, run]);
  const { state, cancel } = useSeriesJob('convener', job);
  const options = useMemo(
    () =>
      [...data.actors]
        .sort((a, b) => a.name.localeCompare(b.name, language))
        .map((item) => ({ value: item.id as string, label: item.name })),
    [data, language],
  );
  const result = state.status === 'done' ? state.answer.result : null;
  return { state, cancel, restart: () => setRun((count) => count + 1), options, result };
}
