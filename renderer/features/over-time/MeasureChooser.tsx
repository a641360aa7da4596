import { useTranslation } from 'react-i18next';
import { SERIES_MEASURES, type SeriesMeasure } from '../../../shared/temporal/series-measures.ts';

/** The measures issue 7 names for the chart; charted until the person chooses otherwise. */
export const MAIN_MEASURES: readonly SeriesMeasure[] = [
  'density',
  'components',
  'largest_component_share',
  'average_degree',
  'average_path_length',
  'ei_index',
  'cross_sector_ties',
  'group_density',
];

const OTHER_MEASURES = SERIES_MEASURES.filter((measure) => !MAIN_MEASURES.includes(measure));

interface MeasureChooserProps {
  chosen: readonly SeriesMeasure[];
  onChange: (chosen: SeriesMeasure[]) => void;
}

/** Checkboxes for the measures to chart: the main ones in view, the rest under "More measures". */
export function MeasureChooser({ chosen, onChange }: MeasureChooserProps) {
  const { t } = useTranslation();
  const toggle = (measure: SeriesMeasure, on: boolean) =>
    // Kept in the catalogue's order, so charts and columns do not jump around.
    onChange(SERIES_MEASURES.filter((m) => (m === measure ? on : chosen.includes(m))));
  const box = (measure: SeriesMeasure) => (
    <label key={measure} className="checkbox" title={t(`overTime.measures.names.${measure}.help`)}>
      <input
        type="checkbox"
        data-testid={`series-measure-${measure}`}
        checked={chosen.includes(measure)}
        onChange={(event) => toggle(measure, event.target.checked)}
      />
      {t(`overTime.measures.names.${measure}.name`)}
    </label>
  );
  return (
    <fieldset className="measure-chooser" data-testid="measure-chooser">
      <legend>{t('overTime.measures.legend')}</legend>
      <div className="measure-chooser__grid">{MAIN_MEASURES.map(box)}</div>
      <details>
        <summary>{t('overTime.measures.more')}</summary>
        <div className="measure-chooser__grid">{OTHER_MEASURES.map(box)}</div>
      </details>
    </fieldset>
  );
}
