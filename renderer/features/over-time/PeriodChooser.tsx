import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/event.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { EventPicker } from './EventPicker.tsx';
import {
  PERIOD_KINDS,
  type PeriodChoice,
  type PeriodsResult,
  type SnapshotMode,
} from './period-choice.ts';
import { lastDayOf } from './series-table.ts';

interface PeriodChooserProps {
  choice: PeriodChoice;
  events: readonly Event[];
  onChange: (choice: PeriodChoice) => void;
  result: PeriodsResult | null;
}

/** How time is cut (years, waves, between events, custom dates) and which network stands for a period. */
export function PeriodChooser({ choice, events, onChange, result }: PeriodChooserProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...choice, ...patch });
  return (
    <fieldset className="measures-options over-time-options" data-testid="period-chooser">
      <legend>{t('overTime.periods.legend')}</legend>
      <div className="field">
        <span className="field__label" id="period-kind-label">
          {t('overTime.periods.kind')}
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby="period-kind-label">
          {PERIOD_KINDS.map((kind) => (
            <label key={kind} className="segmented__option">
              <input
                type="radio"
                name="period-kind"
                value={kind}
                data-testid={`period-kind-${kind}`}
                checked={choice.kind === kind}
                onChange={() => set({ kind })}
              />
              <span>{t(`overTime.periods.${kind}`)}</span>
            </label>
          ))}
        </div>
        <p className="field__hint">{t(`overTime.periods.kindHint.${choice.kind}`)}</p>
        {choice.kind === 'event' && events.length > 0 && (
          <EventPicker
            events={events}
            chosen={choice.eventIds}
            onChange={(eventIds) => set({ eventIds })}
          />
        )}
        {choice.kind === 'custom' && (
          <div className="field">
            <label htmlFor="period-custom-dates">{t('overTime.periods.customDates')}</label>
            <input
              id="period-custom-dates"
              data-testid="period-custom-dates"
              value={choice.customDates}
              placeholder="2019-01-01, 2020-01-01"
              aria-describedby="period-custom-hint"
              onChange={(event) => set({ customDates: event.target.value })}
            />
            <p id="period-custom-hint" className="field__hint">
              {t('overTime.periods.customHint')}
            </p>
          </div>
        )}
      </div>
      <div>
        <SelectField
          id="period-snapshot"
          label={t('overTime.periods.snapshot')}
          value={choice.snapshot}
          options={[
            { value: 'period', label: t('overTime.periods.snapshotPeriod') },
            { value: 'start', label: t('overTime.periods.snapshotStart') },
          ]}
          onChange={(value) => set({ snapshot: value as SnapshotMode })}
        />
        <PeriodSummary result={result} />
      </div>
    </fieldset>
  );
}

function PeriodSummary({ result }: { result: PeriodsResult | null }) {
  const { t } = useTranslation();
  if (result === null) return null;
  if (!result.ok) {
    const { problem } = result;
    return (
      <p className="notice notice--error" role="alert" data-testid="period-problem">
        {problem.code === 'badDate'
          ? t('overTime.periods.problems.badDate', { value: problem.value })
          : t(`overTime.periods.problems.${problem.code}`)}
      </p>
    );
  }
  const { periods } = result;
  const last = periods.at(-1);
  return (
    <p className="field__hint" data-testid="period-summary" role="status">
      {t('overTime.periods.summary', {
        count: periods.length,
        first: periods[0]?.start ?? '',
        last: (last && lastDayOf(last)) ?? t('overTime.periods.open'),
      })}
    </p>
  );
}
