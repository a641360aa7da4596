import { useTranslation } from 'react-i18next';
import {
  dateInRange,
  daysBetween,
  stepFrom,
  type TimeRange,
  type TimeStepKind,
} from '../../../shared/map/map-timeline.ts';
import '../../styles/map-time.css';
import { SPEEDS, useTimePlayback } from './useTimePlayback.ts';
import { useTimeShortcuts } from './useTimeShortcuts.ts';

interface TimeSliderProps {
  range: TimeRange;
  /** null = every tie regardless of dates (the slider then rests at the end). */
  date: string | null;
  stepKind: TimeStepKind;
  /** Steps of every kind, so the kind selector offers only kinds that have steps. */
  steps: Readonly<Record<TimeStepKind, readonly string[]>>;
  language: string;
  onDate: (date: string) => void;
  onStepKind: (kind: TimeStepKind) => void;
}

const STEP_KINDS: readonly TimeStepKind[] = ['wave', 'event', 'month'];

/**
 * The time slider: scrub by day across the project's range, step by wave, event or month
 * (buttons and `[` `]`), and play the steps as an animation (`k`) at a chosen speed.
 */
export function TimeSlider(props: TimeSliderProps) {
  const { t } = useTranslation();
  const { range, date, onDate } = props;
  const steps = props.steps[props.stepKind];
  const playback = useTimePlayback(steps, date, onDate);
  const previous = stepFrom(steps, date, -1);
  const next = stepFrom(steps, date, 1);
  const go = (target: string | null) => {
    if (target === null) return;
    playback.stop();
    onDate(target);
  };
  useTimeShortcuts(true, {
    previous: () => go(previous),
    next: () => go(next),
    togglePlay: playback.toggle,
  });
  const last = daysBetween(range.first, range.last);
  const index = date === null ? last : daysBetween(range.first, date);
  const format = (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(props.language, { dateStyle: 'medium' });
  const shown = date === null ? t('map.toolbar.allDates') : format(date);
  return (
    <div className="time-slider" role="group" aria-label={t('map.time.label')}>
      <button
        type="button"
        className="button button--small"
        data-testid="time-previous"
        disabled={previous === null}
        aria-keyshortcuts="["
        title={t('map.time.previousHint')}
        onClick={() => go(previous)}
      >
        {t('map.time.previous')}
      </button>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="time-play"
        aria-pressed={playback.playing}
        aria-keyshortcuts="k"
        disabled={steps.length === 0}
        onClick={playback.toggle}
      >
        {playback.playing ? t('map.time.pause') : t('map.time.play')}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="time-next"
        disabled={next === null}
        aria-keyshortcuts="]"
        title={t('map.time.nextHint')}
        onClick={() => go(next)}
      >
        {t('map.time.next')}
      </button>
      <input
        className="time-slider__range"
        type="range"
        min={0}
        max={last}
        step={1}
        value={Math.min(Math.max(index, 0), last)}
        list="time-slider-steps"
        data-testid="time-range"
        aria-label={t('map.time.scrub')}
        aria-valuetext={shown}
        onChange={(event) => {
          playback.stop();
          onDate(dateInRange(range, Number(event.target.value)));
        }}
      />
      <datalist id="time-slider-steps">
        {steps.map((step) => (
          <option key={step} value={daysBetween(range.first, step)} />
        ))}
      </datalist>
      <output className="time-slider__date" data-testid="time-date" aria-live="off">
        {shown}
      </output>
      <label className="map-control time-slider__control">
        <span>{t('map.time.stepBy')}</span>
        <select
          value={props.stepKind}
          data-testid="time-step-kind"
          onChange={(event) => {
            const kind = STEP_KINDS.find((candidate) => candidate === event.target.value);
            if (kind) props.onStepKind(kind);
          }}
        >
          {STEP_KINDS.filter((kind) => props.steps[kind].length > 0).map((kind) => (
            <option key={kind} value={kind}>
              {t(`map.time.steps.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="map-control time-slider__control">
        <span>{t('map.time.speed')}</span>
        <select
          value={playback.speed}
          data-testid="time-speed"
          onChange={(event) => {
            const speed = SPEEDS.find((candidate) => String(candidate) === event.target.value);
            if (speed) playback.setSpeed(speed);
          }}
        >
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {`${speed}×`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
