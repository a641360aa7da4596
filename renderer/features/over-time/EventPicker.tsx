import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/event.ts';

interface EventPickerProps {
  events: readonly Event[];
  /** Chosen event ids; null = every event. */
  chosen: readonly string[] | null;
  onChange: (chosen: string[] | null) => void;
}

/**
 * Which events cut time: every event by default, or only some (choose two to see the time
 * between them). Folded away, since a programme can hold dozens of events.
 */
export function EventPicker({ events, chosen, onChange }: EventPickerProps) {
  const { t } = useTranslation();
  const sorted = [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const isChosen = (id: string) => chosen === null || chosen.includes(id);
  const count = sorted.filter((event) => isChosen(event.id)).length;
  const toggle = (id: string, on: boolean) => {
    const next = sorted.filter((event) => (event.id === id ? on : isChosen(event.id)));
    onChange(next.length === sorted.length ? null : next.map((event) => event.id));
  };
  return (
    <details className="event-picker" data-testid="event-picker">
      <summary>{t('overTime.periods.events', { count, total: sorted.length })}</summary>
      <p className="field__hint">{t('overTime.periods.eventsHint')}</p>
      <div className="event-picker__list">
        {sorted.map((event) => (
          <label key={event.id} className="checkbox">
            <input
              type="checkbox"
              data-testid={`period-event-${event.id}`}
              checked={isChosen(event.id)}
              onChange={(change) => toggle(event.id, change.target.checked)}
            />
            <span className="nowrap">{event.start}</span> {event.name}
          </label>
        ))}
      </div>
      <div className="event-picker__actions">
        <button type="button" className="button" onClick={() => onChange(null)}>
          {t('overTime.periods.allEvents')}
        </button>
        <button type="button" className="button" onClick={() => onChange([])}>
          {t('overTime.periods.noEvents')}
        </button>
      </div>
    </details>
  );
}
