import { z } from 'zod';
import { IsoDate } from './dates.ts';
import { ActorId, CatalogKey, TieId, WorkshopId } from './ids.ts';
import { FreeText, Label } from './text.ts';
import { TieStatus } from './tie.ts';

/**
 * A named, dated workshop session (Net-Map style). Every actor, tie and rating entered
 * during it is tagged with its id, so analysis can tell workshop statements from surveys.
 */
export const Workshop = z.object({
  id: WorkshopId,
  name: Label,
  date: IsoDate,
  place: z.string().trim().max(300),
  facilitator: z.string().trim().max(300),
  purpose: FreeText,
  /** The question being mapped, e.g. who works with whom to prevent violence here. */
  question: FreeText,
  /** Agreed next steps, typed by the facilitator at the end; printed in the summary. */
  nextSteps: FreeText,
});
export type Workshop = z.infer<typeof Workshop>;

export const WorkshopDraft = Workshop.extend({
  id: WorkshopId.optional(),
  place: Workshop.shape.place.default(''),
  facilitator: Workshop.shape.facilitator.default(''),
  purpose: FreeText.default(''),
  question: FreeText.default(''),
  nextSteps: FreeText.default(''),
});
export type WorkshopDraft = z.input<typeof WorkshopDraft>;

export const Stance = z.enum(['supports', 'neutral', 'opposes', 'unknown']);
export type Stance = z.infer<typeof Stance>;

/** Net-Map's influence tower: 0 (none) to 5 (decisive) on the workshop's question. */
export const Influence = z.number().int().min(0).max(5);

/** One actor's perceived influence and stance in one session; null influence = not rated. */
export const Rating = z.object({
  workshopId: WorkshopId,
  actorId: ActorId,
  influence: Influence.nullable(),
  stance: Stance,
});
export type Rating = z.infer<typeof Rating>;

/** What a session contributed: the actors and ties tagged with it, and its ratings. */
export const WorkshopContents = z.object({
  workshop: Workshop,
  actorIds: z.array(ActorId),
  tieIds: z.array(TieId),
  ratings: z.array(Rating),
});
export type WorkshopContents = z.infer<typeof WorkshopContents>;

/** What a participant may propose from a phone; the facilitator accepts or rejects it. */
export const ProposalBody = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('tie'),
      source: ActorId,
      target: ActorId,
      type: CatalogKey,
      status: TieStatus,
    })
    .strict(),
  z
    .object({
      kind: z.literal('rating'),
      actorId: ActorId,
      influence: Influence.nullable(),
      stance: Stance,
    })
    .strict(),
  z.object({ kind: z.literal('actor'), name: Label, sector: CatalogKey.nullable() }).strict(),
]);
export type ProposalBody = z.infer<typeof ProposalBody>;

export const ProposalStatus = z.enum(['pending', 'accepted', 'rejected']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const Participant = z.object({
  id: z.string().uuid(),
  workshopId: WorkshopId,
  /** The organisation they speak for; null while their new organisation awaits approval. */
  actorId: ActorId.nullable(),
  displayName: z.string().trim().max(100),
  joinedAt: z.string(),
});
export type Participant = z.infer<typeof Participant>;

export const Proposal = z.object({
  id: z.string().uuid(),
  workshopId: WorkshopId,
  participantId: z.string().uuid(),
  /** The proposer's organisation name (or display name), for the facilitator's list. */
  proposedBy: z.string(),
  body: ProposalBody,
  status: ProposalStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Proposal = z.infer<typeof Proposal>;

/** Whether the session is shared on the local network, and how participants reach it. */
export const ShareStatus = z.object({
  active: z.boolean(),
  workshopId: WorkshopId.nullable(),
  /** Short code participants type or scan; expires when sharing stops. */
  joinCode: z.string().nullable(),
  /** One join URL per LAN address (http://192.168.1.20:PORT/join#CODE), first = preferred. */
  urls: z.array(z.string()),
  participants: z.number().int(),
});
export type ShareStatus = z.infer<typeof ShareStatus>;
