import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapViewDraft, SavedMapView } from '../../../shared/domain/view.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useMapViews } from './useMapViews.ts';

interface ViewsPanelProps {
  defaultName: string;
  /** The view as it is now, under a name (positions read from the map at save time). */
  current: (name: string) => MapViewDraft;
  onOpen: (view: SavedMapView) => void;
}

/** Save the map as it is (positions, filters, styling, date) and reopen saved views. */
export function ViewsPanel({ defaultName, current, onOpen }: ViewsPanelProps) {
  const { t } = useTranslation();
  const { views, save, remove } = useMapViews();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const list = views.data ?? [];
  const chosenView = list.find((view) => view.id === chosen);
  return (
    <details className="map-panel" data-testid="map-views">
      <summary>{t('map.views.title')}</summary>
      <form
        className="map-views__save"
        onSubmit={(event) => {
          event.preventDefault();
          const viewName = name.trim() || defaultName;
          save.mutate(current(viewName), { onSuccess: (view) => setChosen(view.id) });
        }}
      >
        <label className="map-control">
          <span>{t('map.views.name')}</span>
          <input
            value={name}
            placeholder={defaultName}
            data-testid="map-view-name"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button button--small"
          data-testid="map-view-save"
          disabled={save.isPending}
        >
          {t('map.views.save')}
        </button>
        {save.isSuccess && (
          <p role="status" className="muted">
            {t('map.views.saved', { name: save.data.name })}
          </p>
        )}
      </form>
      {list.length > 0 && (
        <div className="map-views__open">
          <label className="map-control">
            <span>{t('map.views.open')}</span>
            <select
              value={chosen}
              data-testid="map-view-list"
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">{t('map.views.choose')}</option>
              {list.map((view) => (
                <option key={view.id} value={view.id}>
                  {view.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--small"
            data-testid="map-view-open"
            disabled={!chosenView}
            onClick={() => chosenView && onOpen(chosenView)}
          >
            {t('map.views.open')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet-danger"
            disabled={!chosenView}
            onClick={() =>
              chosenView && remove.mutate(chosenView.id, { onSuccess: () => setChosen('') })
            }
          >
            {t('map.views.delete')}
          </button>
        </div>
      )}
      {(save.error ?? remove.error) && <ErrorNotice error={save.error ?? remove.error} />}
    </details>
  );
}
