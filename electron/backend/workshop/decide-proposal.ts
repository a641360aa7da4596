import { TejidoError } from '../../../shared/api/errors.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { ActorId } from '../../../shared/domain/ids.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import { nameCandidates, resolveName } from '../../../shared/formats/names/name-suggestions.ts';
import { listActors, listAliases, upsertActor } from '../store/actors-store.ts';
import type { EditContext } from '../store/change-log.ts';
import {
  participantsWaitingFor,
  requireProposal,
  writeParticipant,
  writeProposal,
  type StoredProposal,
} from '../store/proposals-store.ts';
import { upsertTie } from '../store/ties-store.ts';
import { addEntry, rateActor } from '../store/workshops-store.ts';

/** Adds a tie stated in the session: evidence is always `workshop`, and it is tagged. */
export function addWorkshopTie(
  ctx: EditContext,
  workshopId: string,
  draft: Parameters<typeof upsertTie>[1],
): Tie {
  const tie = upsertTie(ctx, { ...draft, evidence: 'workshop' });
  addEntry(ctx, { workshopId, entity: 'tie', entityId: tie.id });
  return tie;
}

export function addWorkshopActor(
  ctx: EditContext,
  workshopId: string,
  draft: Parameters<typeof upsertActor>[1],
): Actor {
  const actor = upsertActor(ctx, draft);
  addEntry(ctx, { workshopId, entity: 'actor', entityId: actor.id });
  return actor;
}

/**
 * The facilitator's answer to a proposal. Accepting applies it (tie, rating or actor, tagged
 * with the session) and marks it accepted in the same batch, so one undo takes both back.
 */
export function decideProposal(
  ctx: EditContext,
  proposalId: string,
  decision: 'accept' | 'reject',
): StoredProposal {
  const proposal = requireProposal(ctx.db, proposalId);
  if (proposal.status !== 'pending') {
    throw new TejidoError('proposal.decided', { id: proposalId, status: proposal.status });
  }
  if (decision === 'accept') applyProposal(ctx, proposal);
  const decided: StoredProposal = {
    ...proposal,
    status: decision === 'accept' ? 'accepted' : 'rejected',
    decidedAt: ctx.at,
  };
  writeProposal(ctx, proposal.id, decided);
  return decided;
}

function applyProposal(ctx: EditContext, proposal: StoredProposal): void {
  const { body, workshopId } = proposal;
  switch (body.kind) {
    case 'tie':
      addWorkshopTie(ctx, workshopId, {
        source: body.source,
        target: body.target,
        type: body.type,
        status: body.status,
        weight: 1,
        spells: [],
        evidence: 'workshop',
        note: '',
        attributes: {},
      });
      return;
    case 'rating':
      rateActor(ctx, {
        workshopId: proposal.workshopId,
        actorId: body.actorId,
        influence: body.influence,
        stance: body.stance,
      });
      return;
    case 'actor': {
      // Phones see only the session's map, so a participant may name an organisation the
      // project already holds: that one joins the session instead of a duplicate.
      const known = resolveName(body.name, nameCandidates(listActors(ctx.db), listAliases(ctx.db)));
      const actorId = known
        ? ActorId.parse(known)
        : addWorkshopActor(ctx, workshopId, {
            name: body.name,
            sector: body.sector,
            kind: 'organisation',
            region: null,
            attributes: {},
            notes: '',
          }).id;
      if (known) addEntry(ctx, { workshopId, entity: 'actor', entityId: actorId });
      // Whoever joined for this new organisation now speaks for it.
      for (const participant of participantsWaitingFor(ctx.db, proposal.id)) {
        writeParticipant(ctx, participant.id, {
          ...participant,
          actorId,
          pendingProposalId: null,
        });
      }
      return;
    }
  }
}
