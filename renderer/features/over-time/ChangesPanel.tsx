import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import type { SeriesResult } from '../../workers/series-schemas.ts';
import { AllianceList } from './AllianceList.tsx';
import { ChangesChart } from './ChangesChart.tsx';
import { pickedAlliances, pickedMatrix, type PeriodPick } from './changes-view.ts';
import { SectorPairHeatmap } from './SectorPairHeatmap.tsx';
import type { Names } from './useNames.ts';

interface ChangesPanelProps {
  result: SeriesResult;
  categories: readonly string[];
  names: Names;
}

/** Formation and dissolution per period, by sector pair, and the list of new alliances. */
export function ChangesPanel({ result, categories, names }: ChangesPanelProps) {
  const { t } = useTranslation();
  const [which, setWhich] = useState<'formed' | 'ended'>('formed');
  const [pickText, setPickText] = useState('all');
  // A period index from an earlier set of periods may no longer exist: read it as "all".
  const pick: PeriodPick =
    pickText === 'all' || Number(pickText) >= result.rows.length ? 'all' : Number(pickText);
  const matrix = useMemo(() => pickedMatrix(result, which, pick), [result, which, pick]);
  const alliances = useMemo(() => pickedAlliances(result, pick), [result, pick]);
  const periodOptions = [
    { value: 'all', label: t('overTime.changes.allPeriods') },
    ...result.rows.map((row, index) => ({ value: String(index), label: row.period.label })),
  ];
  return (
    <>
      <section className="measures-panel" aria-labelledby="changes-title">
        <h2 id="changes-title">{t('overTime.changes.title')}</h2>
        <p className="muted">{t('overTime.changes.help')}</p>
        <ChangesChart result={result} categories={categories} />
      </section>
      <div className="changes-pick">
        <SelectField
          id="changes-period"
          label={t('overTime.changes.period')}
          value={pick === 'all' ? 'all' : String(pick)}
          options={periodOptions}
          onChange={setPickText}
        />
      </div>
      <section className="measures-panel sector-pair-panel" aria-labelledby="changes-matrix-title">
        <h2 id="changes-matrix-title">{t('overTime.changes.matrixTitle')}</h2>
        <p className="muted">{t('overTime.changes.matrixHelp')}</p>
        <SelectField
          id="changes-which"
          label={t('overTime.changes.which')}
          value={which}
          options={[
            { value: 'formed', label: t('overTime.changes.formed') },
            { value: 'ended', label: t('overTime.changes.ended') },
          ]}
          onChange={(value) => setWhich(value === 'ended' ? 'ended' : 'formed')}
        />
        <SectorPairHeatmap matrix={matrix} sectorName={names.sector} />
      </section>
      <section className="measures-panel" aria-labelledby="alliances-title">
        <h2 id="alliances-title">
          {t('overTime.changes.alliancesTitle')}{' '}
          <span className="badge" data-testid="alliances-count">
            {t('overTime.changes.alliancesCount', { count: alliances.length })}
          </span>
        </h2>
        <p className="muted">{t('time.indicators.newAlliances')}</p>
        <AllianceList alliances={alliances} names={names} />
      </section>
    </>
  );
}
