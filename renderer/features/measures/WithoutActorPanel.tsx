import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { AnalysisDefinitions } from '../../../shared/metrics/analyze.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { AnalysisSettings } from '../../workers/analysis-messages.ts';
import { AnalysisStatus } from './AnalysisStatus.tsx';
import { formatMeasure } from './format-measure.ts';
import { CARD_MEASURES } from './NetworkCards.tsx';
import { useAnalysis } from './useAnalysis.ts';
import { useMeasureHelp } from './useMeasureHelp.ts';

interface WithoutActorPanelProps {
  snapshot: NetworkSnapshot;
  settings: AnalysisSettings;
  groups: Record<string, string[]>;
  definitions: AnalysisDefinitions;
}

/** Convener dependence: network measures with and without one chosen actor, and the change. */
export function WithoutActorPanel({
  snapshot,
  settings,
  groups,
  definitions,
}: WithoutActorPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const help = useMeasureHelp(definitions);
  const [actor, setActor] = useState('');
  const actors = useMemo(
    () => [...snapshot.actors].sort((a, b) => a.name.localeCompare(b.name, language)),
    [snapshot.actors, language],
  );
  const job = useMemo(
    () =>
      actor === '' ? null : { task: 'withoutActor' as const, actor, snapshot, settings, groups },
    [actor, snapshot, settings, groups],
  );
  const { state, cancel } = useAnalysis(job);
  const result =
    state.status === 'done' && state.answer.kind === 'withoutActor' ? state.answer.result : null;

  return (
    <section className="measures-panel" aria-labelledby="measures-without-title">
      <h2 id="measures-without-title">{t('measures.without.title')}</h2>
      <p className="muted">{t('measures.without.help')}</p>
      <div className="field field--inline">
        <label htmlFor="measures-without-actor">{t('measures.without.choose')}</label>
        <select
          id="measures-without-actor"
          data-testid="without-actor"
          value={actor}
          onChange={(event) => setActor(event.target.value)}
        >
          <option value="">{t('measures.without.chooseNone')}</option>
          {actors.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      {result === null ? (
        <AnalysisStatus state={state} onCancel={cancel} testId="without-status" />
      ) : (
        <table className="data-table without-table" data-testid="without-table">
          <thead>
            <tr>
              <th scope="col">{t('measures.without.measure')}</th>
              <th scope="col">{t('measures.without.with')}</th>
              <th scope="col">{t('measures.without.without')}</th>
              <th scope="col">{t('measures.without.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {CARD_MEASURES.map((key) => (
              <tr key={key} data-testid={`without-row-${key}`}>
                <th scope="row" title={help('network', key)}>
                  {t(`measures.network.${key}.name`)}
                </th>
                <td className="number">{formatMeasure(result.with[key], language)}</td>
                <td className="number">{formatMeasure(result.without[key], language)}</td>
                <td className="number">{formatMeasure(result.difference[key], language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
