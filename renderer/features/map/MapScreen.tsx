import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import '../../styles/map.css';
import { CompareDates } from './CompareDates.tsx';
import { CompareView } from './CompareView.tsx';
import { defaultComparison } from './default-comparison.ts';
import type { MapHashParams } from './map-hash.ts';
import { MapDetails } from './MapDetails.tsx';
import { MapMainStage } from './MapMainStage.tsx';
import type { MapView } from './map-view.ts';
import { MapSidebar } from './MapSidebar.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useEgoFraming } from './useEgoFraming.ts';
import { useMapAddress } from './useMapAddress.ts';
import { useMapModel } from './useMapModel.ts';
import { useMapShortcuts } from './useMapShortcuts.ts';
import { useMapState } from './useMapState.ts';
import { useProjector } from './useProjector.ts';

const LABEL_CYCLE = { auto: 'all', all: 'none', none: 'auto' } as const;

/**
 * The local system at a date: drawn, filtered, selectable, saved as views and exported; moved
 * through time with the slider, or two dates side by side in before/after mode.
 */
export function MapScreen() {
  const { t } = useTranslation();
  const state = useMapState();
  const model = useMapModel(state);
  const [shown, setView] = useState<MapView | null>(null);
  const [help, setHelp] = useState(false);
  const section = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const { setProjector, setSelection, setStyling, requestLayout, styling, compare } = state;
  // In before/after mode the single map is gone; its (destroyed) view must not be used.
  const view = compare ? null : shown;
  const { setDate, setCompare } = state;
  const onLink = useCallback(
    (link: MapHashParams) => {
      if (link.date !== undefined) setDate(link.date);
      setCompare(link.compare ?? null);
    },
    [setDate, setCompare],
  );
  useMapAddress({ date: state.pickedDate, ...(compare ? { compare } : {}) }, onLink);
  useProjector(section, state.projector, setProjector);
  useEffect(() => {
    // Entering or leaving projector mode changes the canvas size: fit the map to it.
    const frame = requestAnimationFrame(() => {
      view?.resize();
      view?.fit({ padding: 30, labels: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [view, state.projector]);

  useEgoFraming(view, state.filters.ego);

  const focusActor = useCallback(
    (id: string) => {
      setSelection({ kind: 'actor', id });
      view?.centerOn(id, 1);
    },
    [view, setSelection],
  );
  useMapShortcuts(view, {
    toggleProjector: () => setProjector(!state.projector),
    focusSearch: () => search.current?.focus(),
    relayout: () => requestLayout(styling.layout, styling.layout === 'force'),
    cycleLabels: () => setStyling({ ...styling, labels: LABEL_CYCLE[styling.labels] }),
    escape: () => (state.selection ? setSelection(null) : setProjector(false)),
    help: () => setHelp(true),
  });

  const { current, snapshot, measures, visible, legend } = model;
  const ready = current && snapshot && measures && visible && legend;
  const comparison = defaultComparison(model.waves ?? [], model.date, model.range);
  return (
    <section
      ref={section}
      className={`screen map-screen${state.projector ? ' map-screen--projector' : ''}`}
      aria-labelledby="screen-title"
      data-testid="map-screen"
    >
      <h1 id="screen-title">{t('app.screens.map.title')}</h1>
      <MapToolbar
        date={model.date}
        waves={model.waves ?? []}
        styling={styling}
        measureKeys={measures?.keys ?? ['degree']}
        projector={state.projector}
        comparing={compare !== null}
        canCompare={comparison !== null}
        onDate={setDate}
        onCompare={() => setCompare(compare ? null : comparison)}
        onLayout={state.chooseLayout}
        onRelayout={() => requestLayout(styling.layout, styling.layout === 'force')}
        onStyling={setStyling}
        onProjector={() => setProjector(!state.projector)}
        onShortcuts={() => setHelp(true)}
      />
      {compare && <CompareDates dates={compare} range={model.range} onChange={setCompare} />}
      {model.error && <ErrorNotice error={model.error} onRetry={model.retry} />}
      {!ready ? (
        <p role="status" className="muted">
          {t('map.loading')}
        </p>
      ) : (
        <div className={`map-body${compare ? ' map-body--compare' : ''}`}>
          <MapSidebar
            state={state}
            model={{ ...model, snapshot, measures, visible, legend }}
            view={view}
            searchRef={search}
            onFound={focusActor}
          />
          {compare ? (
            <CompareView state={state} model={model} dates={compare} />
          ) : (
            <MapMainStage
              state={state}
              model={model}
              current={current}
              legend={legend}
              onView={setView}
            />
          )}
          {!compare && (
            <MapDetails
              selection={state.selection}
              snapshot={snapshot}
              measures={measures}
              language={model.language}
              onClose={() => setSelection(null)}
              onEgo={(actorId) =>
                state.setFilters({ ...state.filters, ego: { actorId, steps: 1 } })
              }
              onSelectTie={(id) => setSelection({ kind: 'tie', id })}
            />
          )}
        </div>
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </section>
  );
}
