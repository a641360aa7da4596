import { z } from 'zod';
import { Actor, ActorAlias, ActorDraft } from '../domain/actor.ts';
import { Sector, TieType } from '../domain/catalog.ts';
import { Event, EventDraft, Participation } from '../domain/event.ts';
import { Group, GroupDraft, GroupMember } from '../domain/group.ts';
import { ActorId, CatalogKey, EventId, GroupId, TieId, WaveId } from '../domain/ids.ts';
import { Change, ProjectInfo, RecentProject } from '../domain/project.ts';
import { Label } from '../domain/text.ts';
import { Tie, TieDraft, TieStatus } from '../domain/tie.ts';
import { MapViewDraft, SavedMapView } from '../domain/view.ts';
import { Wave, WaveDraft } from '../domain/wave.ts';
import {
  ExportFiles,
  ExportRequest,
  ImportPreview,
  ImportRecordView,
  ImportRequest,
  ImportResult,
} from './imports.ts';
import { NetworkPage, NetworkPageQuery, NetworkQuery, NetworkSnapshot } from './network.ts';
import { workshopOperations } from './workshop-operations.ts';

const Nothing = z.object({}).strict();
const Done = z.object({ ok: z.literal(true) });
/** An edit as the undo and redo buttons name it. */
const HistoryStep = z.object({ batch: z.string(), operation: z.string(), at: z.string() });

/**
 * Where a project file comes from. Paths are never typed by the renderer: they come from a
 * native dialog (Electron), from the recent list, or, in browser mode, from the projects
 * folder by name. A compromised page therefore cannot open or overwrite arbitrary files.
 */
const ProjectTarget = z.discriminatedUnion('via', [
  z.object({ via: z.literal('dialog') }).strict(),
  z.object({ via: z.literal('recent'), path: z.string().min(1).max(4096) }).strict(),
  z.object({ via: z.literal('projectsFolder'), name: Label }).strict(),
]);

/**
 * Every backend operation, declared once: a dotted name, the schema its input must pass,
 * and the schema of its answer. IPC, HTTP and direct calls all dispatch from this table.
 */
export const operations = {
  'project.info': { input: Nothing, output: ProjectInfo },
  'project.recent': { input: Nothing, output: z.array(RecentProject) },
  'project.create': {
    input: z.object({ name: Label, target: ProjectTarget }).strict(),
    output: ProjectInfo,
  },
  'project.open': { input: z.object({ target: ProjectTarget }).strict(), output: ProjectInfo },
  'project.saveAs': {
    input: z.object({ name: Label, target: ProjectTarget }).strict(),
    output: ProjectInfo,
  },

  'sectors.list': { input: Nothing, output: z.array(Sector) },
  'sectors.upsert': { input: Sector.strict(), output: Sector },
  'sectors.delete': { input: z.object({ key: CatalogKey }).strict(), output: Done },

  'tieTypes.list': { input: Nothing, output: z.array(TieType) },
  'tieTypes.upsert': { input: TieType.strict(), output: TieType },
  'tieTypes.delete': { input: z.object({ key: CatalogKey }).strict(), output: Done },

  'actors.list': { input: Nothing, output: z.array(Actor) },
  /** The other names of actors, kept when two were merged (so completion finds either). */
  'actors.aliases': { input: Nothing, output: z.array(ActorAlias) },
  'actors.upsert': { input: ActorDraft.strict(), output: Actor },
  'actors.delete': {
    input: z.object({ id: ActorId, cascade: z.boolean().default(false) }).strict(),
    output: z.object({ ok: z.literal(true), deletedTies: z.number().int() }),
  },

  'ties.list': {
    input: z.object({ status: TieStatus.optional() }).strict(),
    output: z.array(Tie),
  },
  'ties.upsert': { input: TieDraft.strict(), output: Tie },
  'ties.delete': { input: z.object({ id: TieId }).strict(), output: Done },

  'groups.list': {
    input: Nothing,
    output: z.object({ groups: z.array(Group), members: z.array(GroupMember) }),
  },
  'groups.upsert': { input: GroupDraft.strict(), output: Group },
  'groups.delete': { input: z.object({ id: GroupId }).strict(), output: Done },
  'groups.setMembers': {
    input: z.object({ groupId: GroupId, members: z.array(GroupMember).max(100_000) }).strict(),
    output: Done,
  },

  'events.list': {
    input: Nothing,
    output: z.object({ events: z.array(Event), participation: z.array(Participation) }),
  },
  'events.upsert': { input: EventDraft.strict(), output: Event },
  'events.delete': { input: z.object({ id: EventId }).strict(), output: Done },
  'events.setParticipation': {
    input: z
      .object({ eventId: EventId, participation: z.array(Participation).max(100_000) })
      .strict(),
    output: Done,
  },

  'waves.list': { input: Nothing, output: z.array(Wave) },
  'waves.upsert': { input: WaveDraft.strict(), output: Wave },
  'waves.delete': { input: z.object({ id: WaveId }).strict(), output: Done },

  'network.get': { input: NetworkQuery, output: NetworkSnapshot },
  'network.page': { input: NetworkPageQuery, output: NetworkPage },

  /** Files for import arrive in chunks (base64 inside JSON), never as a path. */
  'uploads.begin': {
    input: z
      .object({
        name: Label,
        size: z
          .number()
          .int()
          .min(0)
          .max(2 * 1024 ** 3),
      })
      .strict(),
    output: z.object({ uploadId: z.string() }),
  },
  'uploads.append': {
    input: z
      .object({
        uploadId: z.string().uuid(),
        offset: z.number().int().min(0),
        base64: z
          .string()
          .max(12 * 1024 * 1024)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
    output: z.object({ received: z.number().int() }),
  },
  'uploads.discard': { input: z.object({ uploadId: z.string().uuid() }).strict(), output: Done },
  'imports.preview': { input: ImportRequest, output: ImportPreview },
  'imports.commit': { input: ImportRequest, output: ImportResult },
  'imports.list': { input: Nothing, output: z.array(ImportRecordView) },
  'exports.create': { input: ExportRequest, output: ExportFiles },

  'actors.duplicates': {
    input: z.object({ threshold: z.number().min(0.5).max(1).default(0.9) }).strict(),
    output: z.array(
      z.object({
        first: ActorId,
        second: ActorId,
        score: z.number(),
        reason: z.enum(['sameName', 'sameAlias', 'similar']),
      }),
    ),
  },
  'actors.merge': {
    input: z.object({ keepId: ActorId, mergeId: ActorId }).strict(),
    output: Actor,
  },

  'views.list': { input: Nothing, output: z.array(SavedMapView) },
  'views.upsert': { input: MapViewDraft, output: SavedMapView },
  /** Deleting a view that is not there is not an error: the result is the same. */
  'views.delete': {
    input: z.object({ id: SavedMapView.shape.id }).strict(),
    output: z.object({ ok: z.literal(true), deleted: z.boolean() }),
  },

  /** Undo and redo the latest edit, from the change log (so they survive a restart). */
  'changes.undo': { input: Nothing, output: HistoryStep },
  'changes.redo': { input: Nothing, output: HistoryStep },
  'changes.history': {
    input: Nothing,
    output: z.object({ canUndo: HistoryStep.nullable(), canRedo: HistoryStep.nullable() }),
  },
  'changes.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(1000).default(100),
        beforeSeq: z.number().int().positive().optional(),
      })
      .strict(),
    output: z.array(Change),
  },

  ...workshopOperations,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller may send (defaults not yet applied). */
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
/** What a handler receives: the input after parsing, defaults applied. */
export type ParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;

/** The backend's implementation of the table; checked with `satisfies Handlers`. */
export type Handlers = {
  [N in OperationName]: (input: ParsedInput<N>) => OperationOutput<N> | Promise<OperationOutput<N>>;
};

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
