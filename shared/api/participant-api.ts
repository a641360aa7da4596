import { z } from 'zod';
import { Sector, TieType } from '../domain/catalog.ts';
import { ActorId, CatalogKey } from '../domain/ids.ts';
import { Label } from '../domain/text.ts';
import { TieStatus } from '../domain/tie.ts';
import { IsoDate } from '../domain/dates.ts';
import { Participant, Proposal, ProposalBody } from '../domain/workshop.ts';

/**
 * The only routes the LAN server answers while a workshop is shared, besides the
 * participant page itself (`GET /join`, code in the URL fragment) and its `/assets/*`.
 * Participants can propose; they never reach the facilitator's operation table.
 */
export const participantRoutes = {
  join: '/p/join',
  map: '/p/map',
  propose: '/p/propose',
} as const;

/** `POST /p/join`: the code from the QR/URL, and who is speaking. */
export const JoinRequest = z
  .object({
    code: z.string().trim().min(1).max(32),
    /** Their organisation among the map's actors… */
    actorId: ActorId.optional(),
    /** …or a new one, which becomes an actor proposal awaiting the facilitator. */
    newOrganisation: z.object({ name: Label, sector: CatalogKey.nullable() }).strict().optional(),
    displayName: z.string().trim().max(100).default(''),
  })
  .strict()
  .refine(
    (request) => (request.actorId === undefined) !== (request.newOrganisation === undefined),
    {
      message: 'Give either actorId or newOrganisation',
    },
  );
export type JoinRequest = z.input<typeof JoinRequest>;

export const JoinAnswer = z.object({
  /** Sent back as `Authorization: Bearer …` on /p/map and /p/propose; dies with the share. */
  participantToken: z.string().min(32),
  participant: Participant,
  workshop: z.object({ name: Label, date: IsoDate, question: z.string() }),
});
export type JoinAnswer = z.infer<typeof JoinAnswer>;

/**
 * `GET /p/map` answers with `Authorization: Bearer <participantToken>`, or, before joining,
 * with the join code in this header (so the phone can list organisations to pick from). A
 * code sent here counts against the same attempt limits as `POST /p/join`.
 */
export const JOIN_CODE_HEADER = 'X-Join-Code';

/** `GET /p/map`: names, sectors and ties only — no notes, attributes or evidence. */
export const ParticipantMap = z.object({
  actors: z.array(z.object({ id: ActorId, name: Label, sector: CatalogKey.nullable() })),
  ties: z.array(
    z.object({ source: ActorId, target: ActorId, type: CatalogKey, status: TieStatus }),
  ),
  sectors: z.array(Sector),
  tieTypes: z.array(TieType),
});
export type ParticipantMap = z.infer<typeof ParticipantMap>;

/** `POST /p/propose`: body is a ProposalBody; a duplicate of a pending one returns it (200). */
export const ProposeRequest = ProposalBody;
export const ProposeAnswer = z.object({ proposal: Proposal, duplicate: z.boolean() });
export type ProposeAnswer = z.infer<typeof ProposeAnswer>;
