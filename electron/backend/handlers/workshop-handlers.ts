import { TejidoError } from '../../../shared/api/errors.ts';
import type { Handlers } from '../../../shared/api/operations.ts';
import type { workshopOperations } from '../../../shared/api/workshop-operations.ts';
import type { ProjectSession } from '../project/project-session.ts';
import { findActor } from '../store/actors-store.ts';
import { listProposals, publicProposal } from '../store/proposals-store.ts';
import {
  deleteWorkshop,
  listWorkshops,
  rateActor,
  requireWorkshop,
  upsertWorkshop,
  workshopContents,
} from '../store/workshops-store.ts';
import { addWorkshopActor, addWorkshopTie, decideProposal } from '../workshop/decide-proposal.ts';
import type { EventHub } from '../workshop/event-hub.ts';
import type { WorkshopShare } from '../workshop/workshop-share.ts';

export type WorkshopOperation = keyof typeof workshopOperations;

/**
 * The facilitator's side of a workshop. Every edit is one logged, undoable batch. Edits that
 * change the session's map also push `data.changed`, so every screen showing it (the
 * projector, a second tab) redraws; generic edits elsewhere do not, to spare big maps.
 */
export function workshopHandlers(session: ProjectSession, share: WorkshopShare, events: EventHub) {
  const { read } = session;
  const edit = <T>(operation: string, work: Parameters<typeof session.edit<T>>[1]): T => {
    const result = session.edit(operation, work);
    if (operation !== 'workshops.upsert') events.emit({ kind: 'data.changed' });
    return result;
  };
  return {
    'workshops.list': () => read(listWorkshops),
    'workshops.upsert': (draft) => edit('workshops.upsert', (ctx) => upsertWorkshop(ctx, draft)),
    'workshops.delete': ({ id }) => {
      if (share.sharedWorkshopId === id) throw new TejidoError('workshop.shared', { id });
      return edit('workshops.delete', (ctx) => (deleteWorkshop(ctx, id), { ok: true as const }));
    },
    'workshops.contents': ({ id }) => read((db) => workshopContents(db, id)),
    'workshops.addActor': ({ workshopId, actor }) =>
      edit('workshops.addActor', (ctx) => {
        requireWorkshop(ctx.db, workshopId);
        return addWorkshopActor(ctx, workshopId, actor);
      }),
    'workshops.addTie': ({ workshopId, tie, newActors }) =>
      edit('workshops.addTie', (ctx) => {
        requireWorkshop(ctx.db, workshopId);
        for (const actor of newActors) {
          // New means new: an id already in use would silently rename that actor.
          if (findActor(ctx.db, actor.id)) throw new TejidoError('actor.idTaken', { id: actor.id });
          addWorkshopActor(ctx, workshopId, actor);
        }
        return addWorkshopTie(ctx, workshopId, tie);
      }),
    'workshops.rate': (rating) => edit('workshops.rate', (ctx) => rateActor(ctx, rating)),
    'workshops.proposals': ({ workshopId }) =>
      read((db) => {
        requireWorkshop(db, workshopId);
        return listProposals(db, workshopId).map(publicProposal);
      }),
    'workshops.decide': ({ proposalId, decision }) => {
      const decided = edit('workshops.decide', (ctx) => decideProposal(ctx, proposalId, decision));
      events.emit({ kind: 'proposals.changed', workshopId: decided.workshopId });
      return publicProposal(decided);
    },
    'workshops.shareStart': ({ workshopId }) => share.start(workshopId),
    'workshops.shareStop': () => share.stop(),
    'workshops.shareStatus': () => share.status(),
  } satisfies Pick<Handlers, WorkshopOperation>;
}
