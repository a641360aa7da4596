import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useHistory } from '../history/useHistory.ts';
import { AlliesPanel } from './AlliesPanel.tsx';
import { EntryBox } from './EntryBox.tsx';
import { InfluencePanel } from './InfluencePanel.tsx';
import { KeyHelp } from './KeyHelp.tsx';
import { ProposalsPanel } from './ProposalsPanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import { StagePanel } from './StagePanel.tsx';
import { useEntryFlow } from './useEntryFlow.ts';
import { useFullScreen } from './useFullScreen.ts';
import { useLiveProposals } from './useLiveProposals.ts';
import { useSessionModel } from './useSessionModel.ts';
import { useWorkshopEdits } from './useWorkshopEdits.ts';
import { workshopHash } from './workshop-route.ts';
import { WorkshopMap, type WorkshopLayout } from './WorkshopMap.tsx';

type SideTab = 'proposals' | 'allies' | 'influence';

/**
 * The projector screen of one session: type names and "A → B" ties, rate influence and
 * stance, see the map grow, share with phones, decide proposals, ask for allies.
 */
export function SessionScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const model = useSessionModel(workshopId);
  const edits = useWorkshopEdits(workshopId);
  const { undo, redo } = useHistory();
  const live = useLiveProposals(workshopId);
  const section = useRef<HTMLElement>(null);
  const fullScreen = useFullScreen(section);
  const [layout, setLayout] = useState<WorkshopLayout>('influence');
  const [selected, setSelected] = useState<string | null>(null);
  const [connectFrom, setConnectFrom] = useState<string | null | undefined>(undefined);
  const [tab, setTab] = useState<SideTab>('allies');
  const { session, snapshot, measures } = model;

  const ratingOf = useCallback((id: string) => session?.ratings.get(id), [session]);
  const flow = useEntryFlow({
    candidates: model.candidates,
    actors: snapshot?.actors ?? [],
    sessionActorIds: new Set(session?.actors.map((actor) => actor.id) ?? []),
    sectorKeys: model.sectors.map((sector) => sector.key),
    tieTypeKeys: model.tieTypes.map((type) => type.key),
    ratingOf,
    edits,
    onChosen: setSelected,
  });
  const nameOf = useCallback(
    (id: string) => snapshot?.actors.find((actor) => actor.id === id)?.name ?? id,
    [snapshot],
  );

  const onMapActor = useCallback(
    (actorId: string | null) => {
      setSelected(actorId);
      if (!actorId) return;
      // Connect mode: the first actor clicked is the tie's source, the second its target.
      if (connectFrom === null) return setConnectFrom(actorId);
      if (connectFrom) {
        setConnectFrom(null);
        flow.proposeTie(
          { id: connectFrom, name: nameOf(connectFrom) },
          { id: actorId, name: nameOf(actorId) },
        );
        return;
      }
      flow.rateActor(actorId);
    },
    [connectFrom, flow, nameOf],
  );

  const addPotential = (candidateId: string) => {
    if (!selected) return;
    const type = model.tieTypes[0]?.key;
    if (type)
      edits.addTie.mutate({ source: selected, target: candidateId, type, status: 'potential' });
  };

  // The map highlights (and dims the rest) only while an actor is rated or a tie drawn:
  // after an entry the room should see the whole map again.
  const highlighted = flow.step.kind === 'rating' ? flow.step.actorId : (connectFrom ?? null);
  const workshop = model.workshop;
  const pending = (live.proposals.data ?? []).filter((p) => p.status === 'pending').length;
  const entryError = edits.addActor.error ?? edits.addTie.error ?? edits.rate.error;
  return (
    <section
      ref={section}
      className="screen workshop-screen"
      aria-labelledby="screen-title"
      data-testid="workshop-screen"
    >
      <header className="workshop-bar">
        <a className="workshop-bar__back" href={workshopHash({ view: 'list' })}>
          {t('workshop.sessions.back')}
        </a>
        <div className="workshop-bar__title">
          <h1 id="screen-title">{workshop?.name ?? t('workshop.loading')}</h1>
          {workshop?.question && <p className="workshop-bar__question">{workshop.question}</p>}
        </div>
        <div className="workshop-bar__actions">
          <button
            type="button"
            className="button"
            aria-pressed={layout === 'influence'}
            data-testid="workshop-layout"
            onClick={() => setLayout(layout === 'influence' ? 'force' : 'influence')}
          >
            {layout === 'influence'
              ? t('workshop.map.influenceLayout')
              : t('workshop.map.freeLayout')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={connectFrom !== undefined}
            data-testid="workshop-connect"
            onClick={() => setConnectFrom(connectFrom === undefined ? null : undefined)}
          >
            {connectFrom === undefined
              ? t('workshop.map.connect')
              : connectFrom
                ? t('workshop.map.connectTo', { name: nameOf(connectFrom) })
                : t('workshop.map.connectFrom')}
          </button>
          <button type="button" className="button" onClick={fullScreen.toggle}>
            {fullScreen.full ? t('workshop.fullScreenExit') : t('workshop.fullScreen')}
          </button>
          <a
            className="button"
            data-testid="workshop-summary-link"
            href={workshopHash({ view: 'summary', id: workshopId })}
          >
            {t('workshop.summary.open')}
          </a>
        </div>
      </header>
      {model.error && <ErrorNotice error={model.error} onRetry={model.retry} />}
      <div className="workshop-body">
        <div className="workshop-entry">
          <EntryBox flow={flow} onUndo={() => undo.mutate()} onRedo={() => redo.mutate()} />
          <StagePanel
            flow={flow}
            sectors={model.sectors}
            tieTypes={model.tieTypes}
            nameOf={nameOf}
          />
          {entryError && <ErrorNotice error={entryError} />}
          <KeyHelp />
        </div>
        <div className="workshop-map" data-testid="workshop-map">
          {session && measures ? (
            <>
              <WorkshopMap
                session={session}
                measures={measures}
                sectors={model.sectors}
                tieTypes={model.tieTypes}
                layout={layout}
                selectedActor={highlighted}
                onSelectActor={onMapActor}
              />
              {session.actors.length === 0 && (
                <p className="workshop-map__empty">{t('workshop.map.empty')}</p>
              )}
              {layout === 'influence' && (
                <p className="workshop-map__legend">{t('workshop.map.influenceLegend')}</p>
              )}
            </>
          ) : (
            <p role="status" className="muted">
              {t('workshop.loading')}
            </p>
          )}
        </div>
        <aside className="workshop-side" aria-label={t('workshop.side.label')}>
          <SharePanel workshopId={workshopId} status={live.share.data} />
          <div className="workshop-tabs" role="tablist" aria-label={t('workshop.side.label')}>
            {(['proposals', 'allies', 'influence'] as const).map((key) => (
              <button
                key={key}
                type="button"
                role="tab"
                aria-selected={tab === key}
                className="workshop-tab"
                data-testid={`workshop-tab-${key}`}
                onClick={() => setTab(key)}
              >
                {t(`workshop.side.${key}`)}
                {key === 'proposals' && pending > 0 && <span className="badge">{pending}</span>}
              </button>
            ))}
          </div>
          <div role="tabpanel" className="workshop-side__panel">
            {tab === 'proposals' && snapshot && (
              <ProposalsPanel
                proposals={live.proposals.data ?? []}
                snapshot={snapshot}
                decide={edits.decide}
              />
            )}
            {tab === 'allies' && snapshot && session && (
              <AlliesPanel
                snapshot={snapshot}
                actorId={selected}
                ratings={session.ratings}
                adding={edits.addTie.isPending}
                onAddPotential={addPotential}
              />
            )}
            {tab === 'influence' && session && measures && (
              <InfluencePanel
                session={session}
                measures={measures}
                selectedActor={selected}
                onRate={(id) => {
                  setSelected(id);
                  flow.rateActor(id);
                }}
              />
            )}
          </div>
        </aside>
      </div>
    </section>
  );
}
