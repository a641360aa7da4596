import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { AnalysisSettings } from '../../workers/analysis-messages.ts';
import { labelOf } from '../catalog/label-of.ts';
import { AnalysisStatus } from './AnalysisStatus.tsx';
import { DateOutsideNotice } from './DateOutsideNotice.tsx';
import { EiPanel } from './EiPanel.tsx';
import { MeasuresOptions } from './MeasuresOptions.tsx';
import { MeasuresSummary } from './MeasuresSummary.tsx';
import { MixingHeatmap } from './MixingHeatmap.tsx';
import { NetworkCards } from './NetworkCards.tsx';
import { buildNodeRows } from './node-rows.ts';
import { NodeTable } from './NodeTable.tsx';
import { useSelectedMeasure } from './selected-measure.ts';
import { useAnalysis } from './useAnalysis.ts';
import { useMeasuresData } from './useMeasuresData.ts';
import { WithoutActorPanel } from './WithoutActorPanel.tsx';
import '../../styles/measures.css';

const INITIAL: AnalysisSettings = {
  at: null,
  includePotential: false,
  direction: 'undirected',
  weighted: false,
};

/** Node table, network cards, sector mixing, E-I and convener dependence, computed in a worker. */
export function MeasuresScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [settings, setSettings] = useState(INITIAL);
  const { network, groups, members, dates, outside } = useMeasuresData(settings);
  const snapshot = network.data;
  const job = useMemo(
    () =>
      snapshot && members && !outside
        ? { task: 'analyze' as const, snapshot, settings, groups: members }
        : null,
    [snapshot, members, outside, settings],
  );
  const { state, cancel } = useAnalysis(job);
  const answer = state.status === 'done' && state.answer.kind === 'analysis' ? state.answer : null;
  const publish = useSelectedMeasure((store) => store.publish);
  useEffect(() => {
    if (answer) publish(answer.analysis.nodes, settings);
  }, [answer, publish, settings]);
  const rows = useMemo(
    () => (answer && snapshot ? buildNodeRows(answer.analysis.nodes, snapshot, language) : []),
    [answer, snapshot, language],
  );
  const sectorName = (key: string) => {
    const sector = snapshot?.sectors.find((item) => item.key === key);
    return sector ? labelOf(sector, language) : key;
  };
  const groupName = (id: string) => groups.data?.groups.find((g) => g.id === id)?.name ?? id;
  const failed = network.isError ? network : groups.isError ? groups : null;

  return (
    <section
      className="screen measures-screen"
      aria-labelledby="screen-title"
      data-testid="measures-screen"
    >
      <h1 id="screen-title">{t('app.screens.measures.title')}</h1>
      <p className="lead">{t('app.screens.measures.description')}</p>
      <MeasuresOptions
        settings={settings}
        onChange={setSettings}
        directionReason={answer?.selection.directionReason ?? null}
      />
      {failed ? (
        <ErrorNotice error={failed.error} onRetry={() => void failed.refetch()} />
      ) : outside && settings.at ? (
        <DateOutsideNotice date={settings.at} dates={dates} />
      ) : (
        <AnalysisStatus
          state={state}
          onCancel={cancel}
          // A fresh settings object is a new job: the same analysis runs again.
          onRestart={() => setSettings((current) => ({ ...current }))}
          testId="measures-status"
        />
      )}
      {answer && snapshot && members && (
        <>
          <MeasuresSummary selection={answer.selection} />
          <NetworkCards
            network={answer.analysis.network}
            definitions={answer.analysis.definitions}
          />
          <NodeTable rows={rows} definitions={answer.analysis.definitions} />
          <div className="measures-columns">
            <MixingHeatmap mixing={answer.analysis.groups.sectorMixing} sectorName={sectorName} />
            <EiPanel
              groups={answer.analysis.groups}
              sectorName={sectorName}
              groupName={groupName}
            />
          </div>
          <WithoutActorPanel
            snapshot={snapshot}
            settings={settings}
            groups={members}
            definitions={answer.analysis.definitions}
          />
        </>
      )}
    </section>
  );
}
