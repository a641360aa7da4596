import { useTranslation } from 'react-i18next';
import { isSizeMeasure, SIZE_MEASURES, useSelectedMeasure } from './selected-measure.ts';

/** Chooses the measure that sizes actors on the Map screen (shared through selected-measure). */
export function SizeMeasurePicker() {
  const { t } = useTranslation();
  const measure = useSelectedMeasure((state) => state.measure);
  const select = useSelectedMeasure((state) => state.select);
  return (
    <div className="field field--inline" title={t('measures.table.sizeMapHint')}>
      <label htmlFor="measures-size-map">{t('measures.table.sizeMap')}</label>
      <select
        id="measures-size-map"
        data-testid="measures-size-map"
        value={measure ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          select(isSizeMeasure(value) ? value : null);
        }}
      >
        <option value="">{t('measures.table.sizeMapNone')}</option>
        {SIZE_MEASURES.map((key) => (
          <option key={key} value={key}>
            {t(`measures.node.${key}.name`)}
          </option>
        ))}
      </select>
    </div>
  );
}
