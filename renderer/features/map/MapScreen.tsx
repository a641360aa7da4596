import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayoutKind } from '../../../shared/domain/view.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import '../../styles/map.css';
import { MapCanvas } from './MapCanvas.tsx';
import { MapDetails } from './MapDetails.tsx';
import { MapLegendBox } from './MapLegendBox.tsx';
import { MapSidebar } from './MapSidebar.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useMapModel } from './useMapModel.ts';
import { useMapShortcuts } from './useMapShortcuts.ts';
import { useMapState } from './useMapState.ts';
import { useProjector } from './useProjector.ts';

/**
 * The first picture of a map without positions: force-directed up to FORCE_LIMIT actors; above
 * it, grouped by sector, which is instant (fcose blocks the UI thread for about 30 s at 1,000
 * actors in headless Chromium, see README "Map performance"; the user can still ask for it).
 */
const FORCE_LIMIT = 500;
function firstLayout(chosen: MapLayoutKind, actors: number): MapLayoutKind {
  if (chosen !== 'force' && chosen !== 'manual') return chosen;
  return actors > FORCE_LIMIT ? 'sector' : 'force';
}

const LABEL_CYCLE = { auto: 'all', all: 'none', none: 'auto' } as const;

/** The local system at a date: drawn, filtered, selectable, saved as views and exported. */
export function MapScreen() {
  const { t } = useTranslation();
  const state = useMapState();
  const model = useMapModel(state);
  const [cy, setCy] = useState<Core | null>(null);
  const [help, setHelp] = useState(false);
  const section = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const { setProjector, setSelection, setStyling, requestLayout, styling, positions } = state;
  useProjector(section, state.projector, setProjector);
  useEffect(() => {
    // Entering or leaving projector mode changes the canvas size: fit the map to it.
    const frame = requestAnimationFrame(() => {
      cy?.resize();
      cy?.fit(undefined, 30);
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, state.projector]);

  const focusActor = useCallback(
    (id: string) => {
      setSelection({ kind: 'actor', id });
      const node = cy?.getElementById(id);
      if (node?.nonempty())
        cy?.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
    },
    [cy, setSelection],
  );
  useMapShortcuts(cy, {
    toggleProjector: () => setProjector(!state.projector),
    focusSearch: () => search.current?.focus(),
    relayout: () => requestLayout(styling.layout, styling.layout === 'force'),
    cycleLabels: () => setStyling({ ...styling, labels: LABEL_CYCLE[styling.labels] }),
    escape: () => (state.selection ? setSelection(null) : setProjector(false)),
    help: () => setHelp(true),
  });
  const onDragged = useCallback(
    (id: string, position: { x: number; y: number }) => positions.set(id, position),
    [positions],
  );

  const { snapshot, measures, visible, legend } = model;
  const ready = snapshot && measures && visible && legend;
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
        onDate={state.setDate}
        onLayout={state.chooseLayout}
        onRelayout={() => requestLayout(styling.layout, styling.layout === 'force')}
        onStyling={setStyling}
        onProjector={() => setProjector(!state.projector)}
        onShortcuts={() => setHelp(true)}
      />
      {model.error && <ErrorNotice error={model.error} onRetry={model.retry} />}
      {!ready ? (
        <p role="status" className="muted">
          {t('map.loading')}
        </p>
      ) : (
        <div className="map-body">
          <MapSidebar
            state={state}
            model={{ ...model, snapshot, measures, visible, legend }}
            cy={cy}
            searchRef={search}
            onFound={focusActor}
          />
          <div className="map-stage">
            <p className="map-counts" role="status" data-testid="map-counts">
              {t('map.filters.counts', visible.counts)}
            </p>
            {snapshot.actors.length === 0 && <p className="muted">{t('map.empty')}</p>}
            <MapCanvas
              nodes={model.nodes}
              edges={model.edges}
              visible={visible}
              selection={state.selection}
              positions={positions}
              layout={state.layout}
              layoutContext={model.layoutContext}
              onLayoutDone={state.layoutDone}
              onFirstDrawing={() =>
                requestLayout(firstLayout(styling.layout, model.nodes.length), true)
              }
              stylesheet={model.stylesheet}
              webgl={model.webgl}
              label={t('map.canvasLabel', visible.counts)}
              onCore={setCy}
              onSelect={setSelection}
              onDragged={onDragged}
            />
            <MapLegendBox legend={legend} title={t('map.legend.title')} />
          </div>
          <MapDetails
            selection={state.selection}
            snapshot={snapshot}
            measures={measures}
            language={model.language}
            onClose={() => setSelection(null)}
            onEgo={(actorId) => state.setFilters({ ...state.filters, ego: { actorId, steps: 1 } })}
            onSelectTie={(id) => setSelection({ kind: 'tie', id })}
          />
        </div>
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </section>
  );
}
