import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector, TieType } from '../../../shared/domain/catalog.ts';
import type { Position } from '../../../shared/domain/view.ts';
import { influenceLayout } from '../../../shared/map/influence-layout.ts';
import { edgeLooks, nodeLooks } from '../../../shared/map/map-elements.ts';
import type { MapMeasures } from '../../../shared/map/map-measures.ts';
import { WORKSHOP_LABEL_SIZE, workshopStylesheet } from './workshop-map-style.ts';
import type { MapSelection } from '../map/cy-elements.ts';
import { MapCanvas } from '../map/MapCanvas.tsx';
import type { MapView } from '../map/map-view.ts';
import type { LayoutContext } from '../map/run-layout.ts';
import type { LayoutRequest } from '../map/useMapDrawing.ts';
import type { SessionNetwork } from '../../../shared/workshop/session-network.ts';

/**
 * Above this zoom a small map is not enlarged further after a layout: fitting six actors to
 * a projector would draw labels larger than the room needs and cut them.
 */
const MAX_FIT_ZOOM = 1.1;
/** Padding around the fitted map, in pixels, so the outer labels are not cut. */
const FIT_PADDING = 60;

export type WorkshopLayout = 'influence' | 'force';

interface WorkshopMapProps {
  session: SessionNetwork;
  measures: MapMeasures;
  sectors: readonly Sector[];
  tieTypes: readonly TieType[];
  layout: WorkshopLayout;
  selectedActor: string | null;
  onSelectActor: (actorId: string | null) => void;
}

/**
 * The session's map on the projector, drawn by the Map screen's canvas with the projector
 * palette and every label shown. In the influence layout actors are placed by perceived
 * influence (centre = most) in sector wedges, and placed again after every rating; in the
 * free layout new actors appear beside their neighbours and nothing else moves.
 */
export function WorkshopMap(props: WorkshopMapProps) {
  const { t } = useTranslation();
  const { session, measures, sectors, tieTypes, layout } = props;
  // The position cache outlives renders; the canvas reads and fills it.
  const [positions] = useState(() => new Map<string, Position>());
  const [view, setView] = useState<MapView | null>(null);
  const [request, setRequest] = useState<LayoutRequest | null>(null);
  const requestId = useRef(0);

  const nodes = useMemo(
    () =>
      nodeLooks(session.actors, sectors, measures, { sizeBy: 'degree', palette: 'projector' }).map(
        (look) => ({ ...look, fontSize: WORKSHOP_LABEL_SIZE }),
      ),
    [session.actors, sectors, measures],
  );
  const edges = useMemo(() => edgeLooks(session.ties, tieTypes), [session.ties, tieTypes]);
  const visible = useMemo(
    () => ({
      actorIds: new Set(session.actors.map((actor) => actor.id)),
      tieIds: new Set(session.ties.map((tie) => tie.id)),
      counts: {
        actors: session.actors.length,
        ties: session.ties.length,
        totalActors: session.actors.length,
        totalTies: session.ties.length,
      },
    }),
    [session],
  );
  const sectorOrder = useMemo(() => sectors.map((sector) => sector.key), [sectors]);
  const layoutContext = useMemo<LayoutContext>(
    () => ({
      actors: session.actors,
      sectorOrder,
      groupOrder: [],
      members: [],
      date: null,
      measures,
      sizeBy: 'degree',
    }),
    [session.actors, sectorOrder, measures],
  );
  const stylesheet = useMemo(() => workshopStylesheet(), []);

  const relayout = useCallback(() => {
    requestId.current += 1;
    if (layout === 'force') {
      setRequest({ id: requestId.current, kind: 'force', fresh: false });
      return;
    }
    const placed = influenceLayout(
      session.actors,
      (id) => session.ratings.get(id)?.influence ?? null,
      sectorOrder,
    );
    setRequest({
      id: requestId.current,
      kind: 'manual',
      fresh: false,
      positions: placed.positions,
    });
  }, [layout, session, sectorOrder]);

  // The influence picture follows every entry and rating; the free one only the button.
  const influenceKey = layout === 'influence' ? session : null;
  useEffect(() => {
    if (session.actors.length > 0) relayout();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- relayout on layout or data change only
  }, [layout, influenceKey]);

  const onSelect = useCallback(
    (selection: MapSelection) =>
      props.onSelectActor(selection?.kind === 'actor' ? selection.id : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the callback identity is enough
    [props.onSelectActor],
  );
  const onDragged = useCallback(
    (id: string, position: Position) => positions.set(id, position),
    [positions],
  );
  return (
    <MapCanvas
      nodes={nodes}
      edges={edges}
      visible={visible}
      selection={props.selectedActor ? { kind: 'actor', id: props.selectedActor } : null}
      positions={positions}
      layout={request}
      layoutContext={layoutContext}
      onLayoutDone={() => {
        setRequest(null);
        // Roomier than the canvas's own fit: labels hang below and beside the nodes.
        view?.fit({ padding: FIT_PADDING, maxZoom: MAX_FIT_ZOOM, labels: true });
      }}
      onFirstDrawing={relayout}
      stylesheet={stylesheet}
      projector
      labels="all"
      webgl={false}
      label={t('workshop.map.label', { actors: visible.counts.actors, ties: visible.counts.ties })}
      onView={setView}
      onSelect={onSelect}
      onDragged={onDragged}
    />
  );
}
