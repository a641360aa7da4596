import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import type { CompareResult } from '../../workers/series-schemas.ts';
import { MeasureChangeTable } from './MeasureChangeTable.tsx';
import type { Names } from './useNames.ts';

interface BeforeAfterPanelProps {
  result: CompareResult;
  data: TimelineData;
  names: Names;
}

/** Two days compared: the key measures' change, then new and ended ties, new and gone actors. */
export function BeforeAfterPanel({ result, data, names }: BeforeAfterPanelProps) {
  const { t } = useTranslation();
  const ties = useMemo(() => new Map(data.ties.map((tie) => [tie.id as string, tie])), [data]);
  const tieText = (id: string) => {
    const tie = ties.get(id);
    if (!tie) return id;
    return `${names.actor(tie.source)} – ${names.actor(tie.target)} (${names.tieType(tie.type)})`;
  };
  return (
    <>
      <section className="measures-panel" aria-labelledby="before-after-title">
        <h2 id="before-after-title">{t('overTime.beforeAfter.title')}</h2>
        <p className="muted">{t('overTime.beforeAfter.help')}</p>
        <MeasureChangeTable
          measures={result.measures}
          before={result.before}
          after={result.after}
        />
      </section>
      <div className="difference-lists">
        <DifferenceList
          title={t('overTime.beforeAfter.newTies', { count: result.newTies.length })}
          items={result.newTies.map(tieText)}
          testId="new-ties"
        />
        <DifferenceList
          title={t('overTime.beforeAfter.endedTies', { count: result.endedTies.length })}
          items={result.endedTies.map(tieText)}
          testId="ended-ties"
        />
        <DifferenceList
          title={t('overTime.beforeAfter.newActors', { count: result.newActors.length })}
          items={result.newActors.map(names.actor)}
          testId="new-actors"
        />
        <DifferenceList
          title={t('overTime.beforeAfter.actorsGone', { count: result.actorsGone.length })}
          items={result.actorsGone.map(names.actor)}
          testId="actors-gone"
        />
      </div>
    </>
  );
}

function DifferenceList(props: { title: string; items: string[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <section className="measures-panel difference-list" data-testid={props.testId}>
      <h3>{props.title}</h3>
      {props.items.length === 0 ? (
        <p className="muted">{t('overTime.beforeAfter.none')}</p>
      ) : (
        <ul>
          {props.items.map((item, index) => (
            <li key={`${item}-${index}`}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
