import { useTranslation } from 'react-i18next';
import type { TimeRange } from '../../../shared/map/map-timeline.ts';
import type { ComparedDates } from './useMapState.ts';

interface CompareDatesProps {
  dates: ComparedDates;
  range: TimeRange | null;
  onChange: (dates: ComparedDates) => void;
}

/** The two dates of before/after mode; the earlier one always goes on the left. */
export function CompareDates({ dates, range, onChange }: CompareDatesProps) {
  const { t } = useTranslation();
  const set = (index: 0 | 1, value: string) => {
    if (!value) return;
    const next: [string, string] = [...dates];
    next[index] = value;
    if (next[0] === next[1]) return;
    onChange(next[0] < next[1] ? next : [next[1], next[0]]);
  };
  return (
    <div className="map-compare__dates">
      {(['before', 'after'] as const).map((side, index) => (
        <label key={side} className="map-control">
          <span>{t(`map.compare.${side}Date`)}</span>
          <input
            type="date"
            value={dates[index]}
            min={range?.first}
            max={range?.last}
            data-testid={`compare-${side}-date`}
            onChange={(event) => set(index === 0 ? 0 : 1, event.target.value)}
          />
        </label>
      ))}
    </div>
  );
}
