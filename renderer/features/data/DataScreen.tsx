import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useSectors } from '../catalog/useSectors.ts';
import { useTieTypes } from '../catalog/useTieTypes.ts';
import { ActorsPanel } from './ActorsPanel.tsx';
import { DataTabs, type DataTab } from './DataTabs.tsx';
import { TiesPanel } from './TiesPanel.tsx';
import { useActors } from './useActors.ts';
import { useTies } from './useTies.ts';

/** Actors and ties of the open project, one tab each, editable. */
export function DataScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<DataTab>('actors');
  const actors = useActors();
  const ties = useTies();
  const sectors = useSectors();
  const tieTypes = useTieTypes();
  const queries = [actors, ties, sectors, tieTypes];
  const failed = queries.find((query) => query.isError);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t('app.screens.data.title')}</h1>
      <p className="lead">{t('app.screens.data.description')}</p>
      {failed ? (
        <ErrorNotice
          error={failed.error}
          onRetry={() => queries.forEach((query) => void query.refetch())}
        />
      ) : !actors.data || !ties.data || !sectors.data || !tieTypes.data ? (
        <p role="status" className="muted">
          {t('common.loading')}
        </p>
      ) : (
        <>
          <DataTabs
            current={tab}
            onChange={setTab}
            counts={{ actors: actors.data.length, ties: ties.data.length }}
          />
          <div role="tabpanel" id={`data-panel-${tab}`} aria-labelledby={`data-tab-${tab}`}>
            {tab === 'actors' ? (
              <ActorsPanel actors={actors.data} ties={ties.data} sectors={sectors.data} />
            ) : (
              <TiesPanel ties={ties.data} actors={actors.data} tieTypes={tieTypes.data} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
