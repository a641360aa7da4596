import { randomBytes, randomUUID } from 'node:crypto';
import { TejidoError, toInputIssues } from '../../../shared/api/errors.ts';
import {
  JoinAnswer,
  JoinRequest,
  ParticipantMap,
  ProposeAnswer,
} from '../../../shared/api/participant-api.ts';
import type { WorkshopId } from '../../../shared/domain/ids.ts';
import { ProposalBody } from '../../../shared/domain/workshop.ts';
import type { ZodType, z } from 'zod';
import type { ProjectDb } from '../project/project-file.ts';
import type { ProjectSession } from '../project/project-session.ts';
import { findActor } from '../store/actors-store.ts';
import { listSectors, listTieTypes } from '../store/catalog-store.ts';
import {
  addProposal,
  findParticipant,
  findProposal,
  proposalKey,
  publicParticipant,
  publicProposal,
  writeParticipant,
  type StoredParticipant,
  type StoredProposal,
} from '../store/proposals-store.ts';
import { readSessionNetwork } from '../store/session-network-store.ts';
import { requireWorkshop } from '../store/workshops-store.ts';
import type { EventHub } from './event-hub.ts';
import { joinCodeMatches } from './join-code.ts';
import { slidingWindow } from './rate-limit.ts';

/** What the LAN server calls; every method throws a TejidoError the server turns into 4xx. */
export interface ParticipantApi {
  join(body: unknown, client: string): JoinAnswer;
  /** With a participant token, or before joining with the join code (to pick one's organisation). */
  map(credentials: { token: string | null; code: string | null }, client: string): ParticipantMap;
  propose(token: string | null, body: unknown): ProposeAnswer;
}

/** Per minute. Generous for a person with a phone, tight for a script. */
export const SHARE_LIMITS = {
  proposalsPerParticipant: 30,
  /** Joins and code-checked map reads (a phone does both once). */
  joinsPerClient: 30,
  wrongCodesPerClient: 10,
  wrongCodesOverall: 60,
  windowMs: 60_000,
} as const;

interface ServiceOptions {
  session: ProjectSession;
  workshopId: WorkshopId;
  code: string;
  events: EventHub;
  now: () => Date;
}

/**
 * The participants' side of one share: checks the join code (with attempt limits), hands
 * out tokens that live only in this closure, shows the session's map (the actors and ties the
 * projector shows, without notes or attributes; not the rest of the project), and stores
 * proposals. A new share (or a stopped one) means new tokens: old phones get 401.
 */
export function participantService(options: ServiceOptions) {
  const { session, workshopId, code, events } = options;
  const projectPath = session.path;
  const clock = () => options.now().getTime();
  const tokens = new Map<string, string>();
  const proposeLimit = slidingWindow(
    SHARE_LIMITS.proposalsPerParticipant,
    SHARE_LIMITS.windowMs,
    clock,
  );
  const joinLimit = slidingWindow(SHARE_LIMITS.joinsPerClient, SHARE_LIMITS.windowMs, clock);
  const wrongLimit = slidingWindow(SHARE_LIMITS.wrongCodesPerClient, SHARE_LIMITS.windowMs, clock);
  const wrongOverall = slidingWindow(SHARE_LIMITS.wrongCodesOverall, SHARE_LIMITS.windowMs, clock);
  let open = true;

  /** The project the share was started on; if the facilitator switched, the share is void. */
  function db(): ProjectDb {
    if (!open || !session.isOpen || session.path !== projectPath) {
      throw new TejidoError('share.notParticipant');
    }
    return session.db;
  }

  function participantOf(token: string | null) {
    const id = token === null ? undefined : tokens.get(token);
    const participant = id === undefined ? null : findParticipant(db(), id);
    if (!participant) throw new TejidoError('share.notParticipant');
    return participant;
  }

  const api: ParticipantApi = {
    join(body, client) {
      db();
      refuseIfTooMany(client);
      const request = parse(JoinRequest, body);
      checkCode(request.code, client);
      const workshop = requireWorkshop(db(), workshopId);
      // Only actors on the session's map can be spoken for: the rest of the project is not shown.
      if (
        request.actorId !== undefined &&
        !readSessionNetwork(db(), workshopId).actorIds.has(request.actorId)
      ) {
        throw new TejidoError('actor.notFound', { id: request.actorId });
      }
      if (request.newOrganisation) {
        checkReferences(db(), new Set(), { kind: 'actor', ...request.newOrganisation });
      }
      const { participant, proposal } = session.edit('workshop.join', (ctx) => {
        const participantId = randomUUID();
        const newOrg = request.newOrganisation;
        const pending = newOrg
          ? storeProposal(ctx, participantId, newOrg.name, {
              kind: 'actor',
              name: newOrg.name,
              sector: newOrg.sector,
            })
          : null;
        const stored = {
          id: participantId,
          workshopId,
          actorId: request.actorId ?? null,
          pendingProposalId: pending?.proposal.id ?? null,
          displayName: request.displayName,
          joinedAt: ctx.at,
        };
        // The proposal's row points at the participant: write the participant first.
        writeParticipant(ctx, participantId, stored);
        if (pending && !pending.duplicate) addProposal(ctx, pending.proposal);
        return { participant: stored, proposal: pending };
      });
      const participantToken = randomBytes(32).toString('base64url');
      tokens.set(participantToken, participant.id);
      events.emit({ kind: 'share.changed' });
      if (proposal && !proposal.duplicate) events.emit({ kind: 'proposals.changed', workshopId });
      return JoinAnswer.parse({
        participantToken,
        participant: publicParticipant(participant),
        workshop: { name: workshop.name, date: workshop.date, question: workshop.question },
      });
    },

    map({ token, code: typed }, client) {
      if (token !== null) participantOf(token);
      else if (typed !== null) {
        db();
        refuseIfTooMany(client);
        checkCode(typed.slice(0, 32), client);
      } else throw new TejidoError('share.notParticipant');
      const data = db();
      const network = readSessionNetwork(data, workshopId);
      return ParticipantMap.parse({
        actors: network.actors.map(({ id, name, sector }) => ({ id, name, sector })),
        ties: network.ties.map(({ source, target, type, status }) => ({
          source,
          target,
          type,
          status,
        })),
        sectors: listSectors(data),
        tieTypes: listTieTypes(data),
      });
    },

    propose(token, body) {
      const participant = participantOf(token);
      if (proposeLimit.isFull(participant.id)) throw new TejidoError('share.rateLimited');
      proposeLimit.hit(participant.id);
      const proposalBody = parse(ProposalBody, body);
      checkReferences(db(), readSessionNetwork(db(), workshopId).actorIds, proposalBody);
      const proposedBy = speakerName(db(), participant);
      const result = session.edit('workshop.propose', (ctx) => {
        const candidate = storeProposal(ctx, participant.id, proposedBy, proposalBody);
        return addProposal(ctx, candidate.proposal);
      });
      if (!result.duplicate) events.emit({ kind: 'proposals.changed', workshopId });
      return ProposeAnswer.parse({
        proposal: publicProposal(result.proposal),
        duplicate: result.duplicate,
      });
    },
  };

  /** Every code check counts; wrong codes count again, per device and for the whole room. */
  function refuseIfTooMany(client: string): void {
    if (joinLimit.isFull(client) || wrongLimit.isFull(client) || wrongOverall.isFull('all')) {
      throw new TejidoError('share.tooManyAttempts');
    }
    joinLimit.hit(client);
  }

  function checkCode(typed: string, client: string): void {
    if (joinCodeMatches(typed, code)) return;
    wrongLimit.hit(client);
    wrongOverall.hit('all');
    throw new TejidoError('share.badCode');
  }

  /** A pending proposal ready to insert, and whether the same claim is already pending. */
  function storeProposal(
    ctx: { db: ProjectDb; at: string },
    participantId: string,
    proposedBy: string,
    body: ProposalBody,
  ): { proposal: StoredProposal; duplicate: boolean } {
    const dedupeKey = proposalKey(ctx.db, body);
    const existing = ctx.db
      .prepare(
        `SELECT id FROM proposals WHERE workshop_id = ? AND dedupe_key = ? AND status = 'pending'`,
      )
      .pluck()
      .get(workshopId, dedupeKey) as string | undefined;
    return {
      proposal: {
        id: existing ?? randomUUID(),
        workshopId,
        participantId,
        proposedBy,
        body,
        dedupeKey,
        status: 'pending',
        createdAt: ctx.at,
        decidedAt: null,
      },
      duplicate: existing !== undefined,
    };
  }

  return {
    api,
    get participantCount(): number {
      return tokens.size;
    },
    /** Forgets every token: phones that joined this share are locked out from now on. */
    close(): void {
      open = false;
      tokens.clear();
    },
  };
}

export type ParticipantService = ReturnType<typeof participantService>;

function parse<T extends ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toInputIssues(result.error);
  throw new TejidoError('input.invalid', { field: issues[0]?.path ?? '' }, issues);
}

/**
 * Whom the facilitator sees as the proposer: the participant's organisation, or the new one
 * still awaiting approval, or else the name they typed.
 */
function speakerName(db: ProjectDb, participant: StoredParticipant): string {
  if (participant.actorId) {
    const actor = findActor(db, participant.actorId);
    if (actor) return actor.name;
  }
  if (participant.pendingProposalId) {
    const pending = findProposal(db, participant.pendingProposalId);
    if (pending?.body.kind === 'actor') return pending.body.name;
  }
  return participant.displayName;
}

/**
 * A proposal must name actors on the session's map (`onMap`, what the phone was shown) and
 * catalog entries that exist; a tie needs two different ends.
 */
function checkReferences(db: ProjectDb, onMap: ReadonlySet<string>, body: ProposalBody): void {
  const actorExists = (id: string) => onMap.has(id);
  const typeExists = (key: string) => db.prepare('SELECT 1 FROM tie_types WHERE key = ?').get(key);
  const sectorExists = (key: string) => db.prepare('SELECT 1 FROM sectors WHERE key = ?').get(key);
  if (body.kind === 'tie') {
    for (const end of ['source', 'target'] as const) {
      if (!actorExists(body[end])) {
        throw new TejidoError('tie.unknownActor', { field: end, actor: body[end] });
      }
    }
    if (body.source === body.target) throw new TejidoError('input.invalid', { field: 'target' });
    if (!typeExists(body.type)) throw new TejidoError('tie.unknownType', { type: body.type });
  } else if (body.kind === 'rating') {
    if (!actorExists(body.actorId)) throw new TejidoError('actor.notFound', { id: body.actorId });
  } else if (body.sector !== null && !sectorExists(body.sector)) {
    throw new TejidoError('actor.unknownSector', { sector: body.sector });
  }
}
