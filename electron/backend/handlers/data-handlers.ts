import type { Handlers } from '../../../shared/api/operations.ts';
import type { ImportOperation } from './import-handlers.ts';
import type { ProjectOperation } from './project-handlers.ts';
import type { WorkshopOperation } from './workshop-handlers.ts';
import type { ProjectSession } from '../project/project-session.ts';
import { deleteActor, listActors, listAliases, upsertActor } from '../store/actors-store.ts';
import {
  deleteSector,
  deleteTieType,
  listSectors,
  listTieTypes,
  upsertSector,
  upsertTieType,
} from '../store/catalog-store.ts';
import { listChanges } from '../store/change-log.ts';
import { networkPages, readNetwork } from '../store/network-pages.ts';
import { historyOf, redoLatest, undoLatest } from '../store/undo-redo.ts';
import {
  deleteEvent,
  listEvents,
  replaceParticipation,
  upsertEvent,
} from '../store/events-store.ts';
import { deleteGroup, listGroups, replaceMembers, upsertGroup } from '../store/groups-store.ts';
import { deleteTie, listTies, upsertTie } from '../store/ties-store.ts';
import { deleteView, listViews, upsertView } from '../store/views-store.ts';
import { deleteWave, listWaves, upsertWave } from '../store/waves-store.ts';

const done = { ok: true } as const;

/** Reading and editing the open project's data; every edit is one transaction and logged. */
export function dataHandlers(session: ProjectSession) {
  const { edit, read } = session;
  const networkPage = networkPages();
  return {
    'sectors.list': () => read(listSectors),
    'sectors.upsert': (sector) => edit('sectors.upsert', (ctx) => upsertSector(ctx, sector)),
    'sectors.delete': ({ key }) => edit('sectors.delete', (ctx) => (deleteSector(ctx, key), done)),

    'tieTypes.list': () => read(listTieTypes),
    'tieTypes.upsert': (type) => edit('tieTypes.upsert', (ctx) => upsertTieType(ctx, type)),
    'tieTypes.delete': ({ key }) =>
      edit('tieTypes.delete', (ctx) => (deleteTieType(ctx, key), done)),

    'actors.list': () => read(listActors),
    'actors.aliases': () => read(listAliases),
    'actors.upsert': (draft) => edit('actors.upsert', (ctx) => upsertActor(ctx, draft)),
    'actors.delete': ({ id, cascade }) =>
      edit('actors.delete', (ctx) => ({ ...done, deletedTies: deleteActor(ctx, id, cascade) })),

    'ties.list': ({ status }) => read((db) => listTies(db, status)),
    'ties.upsert': (draft) => edit('ties.upsert', (ctx) => upsertTie(ctx, draft)),
    'ties.delete': ({ id }) => edit('ties.delete', (ctx) => (deleteTie(ctx, id), done)),

    'groups.list': () => read(listGroups),
    'groups.upsert': (draft) => edit('groups.upsert', (ctx) => upsertGroup(ctx, draft)),
    'groups.delete': ({ id }) => edit('groups.delete', (ctx) => (deleteGroup(ctx, id), done)),
    'groups.setMembers': ({ groupId, members }) =>
      edit('groups.setMembers', (ctx) => (replaceMembers(ctx, groupId, members), done)),

    'events.list': () => read(listEvents),
    'events.upsert': (draft) => edit('events.upsert', (ctx) => upsertEvent(ctx, draft)),
    'events.delete': ({ id }) => edit('events.delete', (ctx) => (deleteEvent(ctx, id), done)),
    'events.setParticipation': ({ eventId, participation }) =>
      edit(
        'events.setParticipation',
        (ctx) => (replaceParticipation(ctx, eventId, participation), done),
      ),

    'waves.list': () => read(listWaves),
    'waves.upsert': (draft) => edit('waves.upsert', (ctx) => upsertWave(ctx, draft)),
    'waves.delete': ({ id }) => edit('waves.delete', (ctx) => (deleteWave(ctx, id), done)),

    'network.get': (query) => read((db) => readNetwork(db, query)),
    'network.page': (page) => read((db) => networkPage(db, page)),

    'views.list': () => read(listViews),
    'views.upsert': (draft) => edit('views.upsert', (ctx) => upsertView(ctx, draft)),
    'views.delete': ({ id }) =>
      edit('views.delete', (ctx) => ({ ...done, deleted: deleteView(ctx, id) })),

    'changes.undo': () => edit('changes.undo', undoLatest),
    'changes.redo': () => edit('changes.redo', redoLatest),
    'changes.history': () =>
      read((db) => {
        const { done, undone } = historyOf(db);
        const step = (head: { batch: string; operation: string; at: string } | undefined) =>
          head ? { batch: head.batch, operation: head.operation, at: head.at } : null;
        return { canUndo: step(done.at(-1)), canRedo: step(undone.at(-1)?.original) };
      }),
    'changes.list': ({ limit, beforeSeq }) => read((db) => listChanges(db, limit, beforeSeq)),
  } satisfies Omit<Handlers, ProjectOperation | ImportOperation | WorkshopOperation>;
}
