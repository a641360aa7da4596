import { z } from 'zod';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Participant, Proposal, type ProposalBody } from '../../../shared/domain/workshop.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { parseJsonColumn, parseRow } from './row-json.ts';

/** A participant as stored: also the actor proposal their organisation waits on, if any. */
export const StoredParticipant = Participant.extend({ pendingProposalId: z.string().nullable() });
export type StoredParticipant = z.infer<typeof StoredParticipant>;

/** A proposal as stored: also what it claims, the key that makes duplicates one. */
export const StoredProposal = Proposal.extend({ dedupeKey: z.string() });
export type StoredProposal = z.infer<typeof StoredProposal>;

interface ParticipantRow {
  id: string;
  workshop_id: string;
  actor_id: string | null;
  pending_proposal_id: string | null;
  display_name: string;
  joined_at: string;
}

interface ProposalRow {
  id: string;
  workshop_id: string;
  participant_id: string;
  proposed_by: string;
  body: string;
  dedupe_key: string;
  status: string;
  created_at: string;
  decided_at: string | null;
}

function toParticipant(row: ParticipantRow): StoredParticipant {
  return parseRow(
    StoredParticipant,
    {
      id: row.id,
      workshopId: row.workshop_id,
      actorId: row.actor_id,
      pendingProposalId: row.pending_proposal_id,
      displayName: row.display_name,
      joinedAt: row.joined_at,
    },
    'participants',
    row.id,
  );
}

function toProposal(row: ProposalRow): StoredProposal {
  return parseRow(
    StoredProposal,
    {
      id: row.id,
      workshopId: row.workshop_id,
      participantId: row.participant_id,
      proposedBy: row.proposed_by,
      body: parseJsonColumn(row.body, 'proposals', row.id),
      dedupeKey: row.dedupe_key,
      status: row.status,
      createdAt: row.created_at,
      decidedAt: row.decided_at,
    },
    'proposals',
    row.id,
  );
}

/** The wire form, without the stored-only fields. */
export function publicParticipant(stored: StoredParticipant): Participant {
  const { pendingProposalId: _pending, ...participant } = stored;
  return participant;
}

export function publicProposal(stored: StoredProposal): Proposal {
  const { dedupeKey: _key, ...proposal } = stored;
  return proposal;
}

export function findParticipant(db: ProjectDb, id: string): StoredParticipant | null {
  const row = db.prepare('SELECT * FROM participants WHERE id = ?').get(id) as
    ParticipantRow | undefined;
  return row ? toParticipant(row) : null;
}

export function findProposal(db: ProjectDb, id: string): StoredProposal | null {
  const row = db.prepare('SELECT * FROM proposals WHERE id = ?').get(id) as ProposalRow | undefined;
  return row ? toProposal(row) : null;
}

export function requireProposal(db: ProjectDb, id: string): StoredProposal {
  const proposal = findProposal(db, id);
  if (!proposal) throw new TejidoError('proposal.notFound', { id });
  return proposal;
}

/** The session's proposals, oldest first (the order they arrived in the room). */
export function listProposals(db: ProjectDb, workshopId: string): StoredProposal[] {
  const rows = db
    .prepare('SELECT * FROM proposals WHERE workshop_id = ? ORDER BY created_at, rowid')
    .all(workshopId);
  return (rows as ProposalRow[]).map(toProposal);
}

export function countParticipants(db: ProjectDb, workshopId: string): number {
  return Number(
    db.prepare('SELECT count(*) FROM participants WHERE workshop_id = ?').pluck().get(workshopId),
  );
}

/**
 * What a proposal claims, as one comparable string. Ties of an undirected type are the same
 * claim whichever end comes first; names compare without case, accents or extra spaces.
 */
export function proposalKey(db: ProjectDb, body: ProposalBody): string {
  switch (body.kind) {
    case 'tie': {
      const directed = db
        .prepare('SELECT directed FROM tie_types WHERE key = ?')
        .pluck()
        .get(body.type) as number | undefined;
      const ends = [body.source, body.target];
      if (directed !== 1) ends.sort();
      return JSON.stringify(['tie', body.type, body.status, ...ends]);
    }
    case 'rating':
      return JSON.stringify(['rating', body.actorId, body.influence, body.stance]);
    case 'actor':
      return JSON.stringify(['actor', foldName(body.name)]);
  }
}

export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Adds a pending proposal, unless the same claim is already pending in the session: then
 * that one is returned. The partial unique index decides, so simultaneous calls agree too.
 */
export function addProposal(
  ctx: EditContext,
  proposal: StoredProposal,
): { proposal: StoredProposal; duplicate: boolean } {
  const inserted = ctx.db
    .prepare(
      `INSERT INTO proposals (id, workshop_id, participant_id, proposed_by, body, dedupe_key,
         status, created_at, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, NULL)
       ON CONFLICT (workshop_id, dedupe_key) WHERE status = 'pending' DO NOTHING`,
    )
    .run(
      proposal.id,
      proposal.workshopId,
      proposal.participantId,
      proposal.proposedBy,
      JSON.stringify(proposal.body),
      proposal.dedupeKey,
      proposal.createdAt,
    );
  if (inserted.changes > 0) {
    const stored = requireProposal(ctx.db, proposal.id);
    recordChange(ctx, 'proposal', stored.id, null, stored);
    return { proposal: stored, duplicate: false };
  }
  const row = ctx.db
    .prepare(
      `SELECT * FROM proposals WHERE workshop_id = ? AND dedupe_key = ? AND status = 'pending'`,
    )
    .get(proposal.workshopId, proposal.dedupeKey) as ProposalRow;
  return { proposal: toProposal(row), duplicate: true };
}

/**
 * Writes a proposal as given (null = remove it) and logs it; also what undo calls. Undoing an
 * acceptance puts a proposal back to pending; if someone has meanwhile sent the same claim,
 * that newer one is already pending, so the restored one keeps its own key (both are listed).
 */
export function writeProposal(ctx: EditContext, id: string, given: StoredProposal | null): void {
  const before = findProposal(ctx.db, id);
  ctx.db.prepare('DELETE FROM proposals WHERE id = ?').run(id);
  const value = given && given.status === 'pending' ? withFreeKey(ctx.db, given) : given;
  if (value) {
    ctx.db
      .prepare(
        `INSERT INTO proposals (id, workshop_id, participant_id, proposed_by, body, dedupe_key,
           status, created_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        value.id,
        value.workshopId,
        value.participantId,
        value.proposedBy,
        JSON.stringify(value.body),
        value.dedupeKey,
        value.status,
        value.createdAt,
        value.decidedAt,
      );
  }
  if (before !== null || value !== null) recordChange(ctx, 'proposal', id, before, value);
}

function withFreeKey(db: ProjectDb, proposal: StoredProposal): StoredProposal {
  const taken = db
    .prepare(
      `SELECT 1 FROM proposals WHERE workshop_id = ? AND dedupe_key = ? AND status = 'pending'`,
    )
    .get(proposal.workshopId, proposal.dedupeKey);
  return taken ? { ...proposal, dedupeKey: `${proposal.dedupeKey}#${proposal.id}` } : proposal;
}

/** Writes a participant exactly as given (null = remove) and logs it; also what undo calls. */
export function writeParticipant(
  ctx: EditContext,
  id: string,
  value: StoredParticipant | null,
): void {
  const before = findParticipant(ctx.db, id);
  if (value === null) {
    ctx.db.prepare('DELETE FROM participants WHERE id = ?').run(id);
  } else {
    ctx.db
      .prepare(
        `INSERT INTO participants (id, workshop_id, actor_id, pending_proposal_id, display_name,
           joined_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET actor_id = excluded.actor_id,
           pending_proposal_id = excluded.pending_proposal_id,
           display_name = excluded.display_name`,
      )
      .run(
        value.id,
        value.workshopId,
        value.actorId,
        value.pendingProposalId,
        value.displayName,
        value.joinedAt,
      );
  }
  if (before !== null || value !== null) recordChange(ctx, 'participant', id, before, value);
}

/** Participants waiting for the given actor proposal to be accepted. */
export function participantsWaitingFor(db: ProjectDb, proposalId: string): StoredParticipant[] {
  const rows = db
    .prepare('SELECT * FROM participants WHERE pending_proposal_id = ? ORDER BY rowid')
    .all(proposalId);
  return (rows as ParticipantRow[]).map(toParticipant);
}

/** Removes (logged, so undo restores them) every proposal and participant of a session. */
export function deleteWorkshopProposals(ctx: EditContext, workshopId: string): void {
  for (const proposal of listProposals(ctx.db, workshopId)) writeProposal(ctx, proposal.id, null);
  const participants = ctx.db
    .prepare('SELECT id FROM participants WHERE workshop_id = ? ORDER BY rowid')
    .pluck()
    .all(workshopId) as string[];
  for (const id of participants) writeParticipant(ctx, id, null);
}
