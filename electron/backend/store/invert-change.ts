import { z } from 'zod';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Actor } from '../../../shared/domain/actor.ts';
import { Sector, TieType } from '../../../shared/domain/catalog.ts';
import { Event, Participation } from '../../../shared/domain/event.ts';
import { Group, GroupMember } from '../../../shared/domain/group.ts';
import { Tie } from '../../../shared/domain/tie.ts';
import { SavedMapView } from '../../../shared/domain/view.ts';
import { Wave } from '../../../shared/domain/wave.ts';
import { Rating, Workshop } from '../../../shared/domain/workshop.ts';
import { deleteActor, findActor, upsertActor } from './actors-store.ts';
import { deleteSector, deleteTieType, upsertSector, upsertTieType } from './catalog-store.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { deleteEvent, replaceParticipation, upsertEvent } from './events-store.ts';
import { deleteGroup, replaceMembers, upsertGroup } from './groups-store.ts';
import { deleteTie, findTie, upsertTie } from './ties-store.ts';
import { deleteView, upsertView } from './views-store.ts';
import { deleteWave, upsertWave } from './waves-store.ts';
import {
  StoredParticipant,
  StoredProposal,
  writeParticipant,
  writeProposal,
} from './proposals-store.ts';
import {
  addEntry,
  deleteWorkshop,
  findWorkshop,
  removeEntry,
  restoreRating,
  upsertWorkshop,
  WorkshopEntry,
} from './workshops-store.ts';

/** One logged change: which thing, and its value before and after (null = absent). */
export interface LoggedChange {
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const ImportSummary = z.object({ actorIds: z.array(z.string()), tieIds: z.array(z.string()) });
const AliasRow = z.object({ actorId: z.string(), alias: z.string() });

/**
 * Puts one thing back to its `before` value, through the same stores as any edit, so the
 * undo is validated and logged like every other write (and can itself be undone: redo).
 */
export function restoreBefore(ctx: EditContext, change: LoggedChange): void {
  const { entity, entityId, before } = change;
  switch (entity) {
    case 'actor':
      if (before === null) {
        if (findActor(ctx.db, entityId)) deleteActor(ctx, entityId, true);
      } else upsertActor(ctx, Actor.parse(before));
      return;
    case 'tie':
      if (before === null) {
        if (findTie(ctx.db, entityId)) deleteTie(ctx, entityId);
      } else upsertTie(ctx, Tie.parse(before));
      return;
    case 'sector':
      return before === null
        ? deleteSector(ctx, entityId)
        : void upsertSector(ctx, Sector.parse(before));
    case 'tieType':
      return before === null
        ? deleteTieType(ctx, entityId)
        : void upsertTieType(ctx, TieType.parse(before));
    case 'group':
      return before === null
        ? deleteGroup(ctx, entityId)
        : void upsertGroup(ctx, Group.parse(before));
    case 'groupMembers':
      return replaceMembers(ctx, entityId, z.array(GroupMember).parse(before ?? []));
    case 'event':
      return before === null
        ? deleteEvent(ctx, entityId)
        : void upsertEvent(ctx, Event.parse(before));
    case 'participation':
      return replaceParticipation(ctx, entityId, z.array(Participation).parse(before ?? []));
    case 'wave':
      return before === null ? deleteWave(ctx, entityId) : void upsertWave(ctx, Wave.parse(before));
    case 'view':
      if (before === null) deleteView(ctx, entityId);
      else upsertView(ctx, viewDraft(SavedMapView.parse(before)));
      return;
    case 'groupMember':
      return restoreMembership(ctx, change);
    case 'attendance':
      return restoreAttendance(ctx, change);
    case 'alias':
      return restoreAlias(ctx, change);
    case 'import':
      return undoImport(ctx, ImportSummary.parse(change.after));
    case 'workshop':
      if (before === null) {
        if (findWorkshop(ctx.db, entityId)) deleteWorkshop(ctx, entityId);
      } else upsertWorkshop(ctx, Workshop.parse(before));
      return;
    case 'workshopEntry':
      return before === null
        ? removeEntry(ctx, WorkshopEntry.parse(change.after))
        : addEntry(ctx, WorkshopEntry.parse(before));
    case 'rating':
      return restoreRating(
        ctx,
        Rating.parse(before ?? change.after),
        before === null ? null : Rating.parse(before),
      );
    case 'proposal':
      return writeProposal(ctx, entityId, before === null ? null : StoredProposal.parse(before));
    case 'participant':
      return writeParticipant(
        ctx,
        entityId,
        before === null ? null : StoredParticipant.parse(before),
      );
    default:
      throw new TejidoError('internal', { reason: `cannot undo a change of ${entity}` });
  }
}

/** A saved view without its save time, which upsertView sets anew. */
function viewDraft(view: SavedMapView) {
  return Object.fromEntries(Object.entries(view).filter(([key]) => key !== 'updatedAt')) as Omit<
    SavedMapView,
    'updatedAt'
  >;
}

/** The rows an import added go again; rows it updated are restored by their own entries. */
function undoImport(ctx: EditContext, summary: z.infer<typeof ImportSummary>): void {
  for (const id of summary.tieIds) if (findTie(ctx.db, id)) deleteTie(ctx, id);
  for (const id of summary.actorIds) if (findActor(ctx.db, id)) deleteActor(ctx, id, true);
}

/** Single membership rows, logged when an actor was deleted or merged. */
function restoreMembership(ctx: EditContext, change: LoggedChange): void {
  const before = change.before === null ? null : GroupMember.parse(change.before);
  const after = change.after === null ? null : GroupMember.parse(change.after);
  if (after) {
    ctx.db
      .prepare('DELETE FROM group_members WHERE group_id = ? AND actor_id = ?')
      .run(after.groupId, after.actorId);
  }
  if (before) {
    ctx.db
      .prepare('INSERT INTO group_members (group_id, actor_id, joined, left) VALUES (?, ?, ?, ?)')
      .run(before.groupId, before.actorId, before.joined, before.left);
  }
  recordChange(ctx, 'groupMember', change.entityId, after, before);
}

function restoreAttendance(ctx: EditContext, change: LoggedChange): void {
  const before = change.before === null ? null : Participation.parse(change.before);
  const after = change.after === null ? null : Participation.parse(change.after);
  if (after) {
    ctx.db
      .prepare('DELETE FROM participation WHERE event_id = ? AND actor_id = ?')
      .run(after.eventId, after.actorId);
  }
  if (before) {
    ctx.db
      .prepare('INSERT OR IGNORE INTO participation (event_id, actor_id, role) VALUES (?, ?, ?)')
      .run(before.eventId, before.actorId, before.role);
  }
  recordChange(ctx, 'attendance', change.entityId, after, before);
}

function restoreAlias(ctx: EditContext, change: LoggedChange): void {
  const before = change.before === null ? null : AliasRow.parse(change.before);
  const after = change.after === null ? null : AliasRow.parse(change.after);
  if (after) {
    ctx.db
      .prepare('DELETE FROM actor_aliases WHERE actor_id = ? AND alias = ?')
      .run(after.actorId, after.alias);
  }
  if (before) {
    ctx.db
      .prepare('INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)')
      .run(before.actorId, before.alias);
  }
  recordChange(ctx, 'alias', change.entityId, after, before);
}
