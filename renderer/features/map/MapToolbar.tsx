import { useTranslation } from 'react-i18next';
import type { Wave } from '../../../shared/domain/wave.ts';
import { MapLayoutKind, type MapMeasureKey, type MapStyling } from '../../../shared/domain/view.ts';

interface MapToolbarProps {
  date: string | null;
  waves: readonly Wave[];
  styling: MapStyling;
  measureKeys: readonly MapMeasureKey[];
  projector: boolean;
  /** Before/after mode is on. */
  comparing: boolean;
  /** The project has two distinct dates to compare. */
  canCompare: boolean;
  onDate: (date: string | null) => void;
  onCompare: () => void;
  onLayout: (kind: MapLayoutKind) => void;
  onRelayout: () => void;
  onStyling: (styling: MapStyling) => void;
  onProjector: () => void;
  onShortcuts: () => void;
}

const LABEL_MODES = ['auto', 'all', 'none'] as const;

/** Date, before/after mode, layout, size and labels, projector mode and the shortcut list. */
export function MapToolbar(props: MapToolbarProps) {
  const { t } = useTranslation();
  const { styling } = props;
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.toolbar.label')}>
      {!props.comparing && (
        <>
          <label className="map-control">
            <span>{t('map.toolbar.date')}</span>
            <input
              type="date"
              value={props.date ?? ''}
              data-testid="map-date"
              onChange={(event) => props.onDate(event.target.value || null)}
            />
          </label>
          {props.waves.length > 0 && (
            <label className="map-control">
              <span>{t('map.toolbar.waves')}</span>
              <select
                value={props.waves.find((wave) => wave.date === props.date)?.id ?? ''}
                data-testid="map-wave"
                onChange={(event) => {
                  const wave = props.waves.find((candidate) => candidate.id === event.target.value);
                  if (wave) props.onDate(wave.date);
                }}
              >
                <option value="">{t('map.toolbar.chooseWave')}</option>
                {props.waves.map((wave) => (
                  <option key={wave.id} value={wave.id}>
                    {wave.name} ({wave.date})
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
      <button
        type="button"
        className="button"
        aria-pressed={props.comparing}
        disabled={!props.canCompare && !props.comparing}
        data-testid="map-compare-toggle"
        onClick={props.onCompare}
      >
        {props.comparing ? t('map.compare.leave') : t('map.compare.open')}
      </button>
      <label className="map-control">
        <span>{t('map.toolbar.layout')}</span>
        <select
          value={styling.layout}
          data-testid="map-layout"
          onChange={(event) => props.onLayout(MapLayoutKind.parse(event.target.value))}
        >
          {MapLayoutKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`map.layouts.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        data-testid="map-relayout"
        onClick={props.onRelayout}
      >
        {t('map.toolbar.relayout')}
      </button>
      <label className="map-control">
        <span>{t('map.toolbar.sizeBy')}</span>
        <select
          value={styling.sizeBy}
          data-testid="map-size-by"
          onChange={(event) => {
            const key = props.measureKeys.find((candidate) => candidate === event.target.value);
            if (key) props.onStyling({ ...styling, sizeBy: key });
          }}
        >
          {props.measureKeys.map((key) => (
            <option key={key} value={key}>
              {t(`map.measures.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="map-control">
        <span>{t('map.toolbar.labels')}</span>
        <select
          value={styling.labels}
          data-testid="map-labels"
          onChange={(event) => {
            const mode = LABEL_MODES.find((candidate) => candidate === event.target.value);
            if (mode) props.onStyling({ ...styling, labels: mode });
          }}
        >
          {LABEL_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`map.labelModes.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--primary"
        aria-pressed={props.projector}
        data-testid="map-projector"
        onClick={props.onProjector}
      >
        {props.projector ? t('map.toolbar.exitProjector') : t('map.toolbar.projector')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="map-shortcuts"
        onClick={props.onShortcuts}
      >
        {t('map.toolbar.shortcuts')}
      </button>
    </div>
  );
}
