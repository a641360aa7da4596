import { z } from 'zod';
import { Actor, ActorDraft } from '../domain/actor.ts';
import { ActorId, WorkshopId } from '../domain/ids.ts';
import { Tie, TieDraft } from '../domain/tie.ts';
import {
  Influence,
  Proposal,
  Rating,
  ShareStatus,
  Stance,
  Workshop,
  WorkshopContents,
  WorkshopDraft,
} from '../domain/workshop.ts';

const Nothing = z.object({}).strict();
const Done = z.object({ ok: z.literal(true) });

/**
 * The facilitator's workshop operations (joined into the one operation table). Participants
 * never reach these: the LAN server exposes only its own join/propose routes.
 */
export const workshopOperations = {
  'workshops.list': { input: Nothing, output: z.array(Workshop) },
  'workshops.upsert': { input: WorkshopDraft.strict(), output: Workshop },
  'workshops.delete': { input: z.object({ id: WorkshopId }).strict(), output: Done },
  'workshops.contents': { input: z.object({ id: WorkshopId }).strict(), output: WorkshopContents },
  /** Creates (or edits) an actor tagged with the session. */
  'workshops.addActor': {
    input: z.object({ workshopId: WorkshopId, actor: ActorDraft.strict() }).strict(),
    output: Actor,
  },
  /**
   * Creates a tie tagged with the session; its evidence is always `workshop`. Ends typed as
   * new names come in `newActors`, with the ids the tie refers to: they are created in the
   * same step, so one undo takes back the tie and the actors it brought.
   */
  'workshops.addTie': {
    input: z
      .object({
        workshopId: WorkshopId,
        tie: TieDraft.strict(),
        newActors: z
          .array(ActorDraft.extend({ id: ActorId }).strict())
          .max(2)
          .default([]),
      })
      .strict(),
    output: Tie,
  },
  'workshops.rate': {
    input: z
      .object({
        workshopId: WorkshopId,
        actorId: ActorId,
        influence: Influence.nullable(),
        stance: Stance,
      })
      .strict(),
    output: Rating,
  },
  'workshops.proposals': {
    input: z.object({ workshopId: WorkshopId }).strict(),
    output: z.array(Proposal),
  },
  /** Accepting applies the proposal as one undoable edit tagged with the session. */
  'workshops.decide': {
    input: z
      .object({ proposalId: z.string().uuid(), decision: z.enum(['accept', 'reject']) })
      .strict(),
    output: Proposal,
  },
  'workshops.shareStart': {
    input: z.object({ workshopId: WorkshopId }).strict(),
    output: ShareStatus,
  },
  'workshops.shareStop': { input: Nothing, output: ShareStatus },
  'workshops.shareStatus': { input: Nothing, output: ShareStatus },
} as const;
