import { ZodError } from 'zod';
import { ActorDraft } from '../../../shared/domain/actor.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../shared/domain/default-catalog.ts';
import { EventDraft, Participation } from '../../../shared/domain/event.ts';
import { GroupDraft, GroupMember } from '../../../shared/domain/group.ts';

import { TieDraft } from '../../../shared/domain/tie.ts';
import { WaveDraft } from '../../../shared/domain/wave.ts';
import { upsertActor } from '../store/actors-store.ts';
import { upsertSector, upsertTieType } from '../store/catalog-store.ts';
import type { EditContext } from '../store/change-log.ts';
import { replaceParticipation, upsertEvent } from '../store/events-store.ts';
import { replaceMembers, upsertGroup } from '../store/groups-store.ts';
import { upsertTie } from '../store/ties-store.ts';
import { upsertWave } from '../store/waves-store.ts';
import { cell, readSampleCsv, type CsvRecord } from './read-sample-csv.ts';

const ACTOR_COLUMNS = new Set(['id', 'name', 'sector', 'kind', 'region', 'notes']);

/** Fills a new project with the default catalog only (no actors). */
export function seedCatalog(ctx: EditContext): void {
  for (const sector of DEFAULT_SECTORS) upsertSector(ctx, sector);
  for (const tieType of DEFAULT_TIE_TYPES) upsertTieType(ctx, tieType);
}

/**
 * Loads the fictional sample project (data/sample) into an empty project. The caller runs
 * it inside one transaction, so a broken sample leaves nothing half-loaded.
 */
export function loadSample(ctx: EditContext, directory: string): void {
  seedCatalog(ctx);
  const read = (file: string) => readSampleCsv(directory, file);
  eachRow(read('actors.csv'), 'actors.csv', (r) => upsertActor(ctx, ActorDraft.parse(toActor(r))));
  eachRow(read('groups.csv'), 'groups.csv', (r) =>
    upsertGroup(
      ctx,
      GroupDraft.parse({ id: r.id, name: r.name, kind: r.kind, description: r.description ?? '' }),
    ),
  );
  loadMembers(ctx, read('group_members.csv'));
  eachRow(read('events.csv'), 'events.csv', (r) =>
    upsertEvent(
      ctx,
      EventDraft.parse({
        id: r.id,
        name: r.name,
        start: r.start,
        end: cell(r, 'end'),
        place: r.place ?? '',
        groupId: cell(r, 'group_id'),
        description: r.description ?? '',
      }),
    ),
  );
  loadParticipation(ctx, read('participation.csv'));
  eachRow(read('waves.csv'), 'waves.csv', (r) =>
    upsertWave(
      ctx,
      WaveDraft.parse({ id: r.id, name: r.name, date: r.date, description: r.description ?? '' }),
    ),
  );
  loadTies(ctx, read('ties.csv'));
}

function toActor(record: CsvRecord) {
  const attributes: Record<string, string> = {};
  for (const [column, value] of Object.entries(record)) {
    if (!ACTOR_COLUMNS.has(column) && value.trim() !== '') attributes[column] = value.trim();
  }
  return {
    id: record.id,
    name: record.name,
    sector: cell(record, 'sector'),
    kind: cell(record, 'kind') ?? 'organisation',
    region: cell(record, 'region'),
    notes: record.notes ?? '',
    attributes,
  };
}

/** Rows with the same tie id are the spells of one tie (a tie that ended and restarted). */
function loadTies(ctx: EditContext, records: CsvRecord[]): void {
  const spellsById = new Map<string, { start: string | null; end: string | null }[]>();
  const firstRow = new Map<string, CsvRecord>();
  for (const record of records) {
    const id = record.id ?? '';
    if (!firstRow.has(id)) firstRow.set(id, record);
    const start = cell(record, 'start');
    const end = cell(record, 'end');
    if (start || end) {
      const spells = spellsById.get(id) ?? [];
      spells.push({ start, end });
      spellsById.set(id, spells);
    }
  }
  eachRow([...firstRow.values()], 'ties.csv', (r) =>
    upsertTie(
      ctx,
      TieDraft.parse({
        id: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        weight: cell(r, 'weight') === null ? 1 : Number(r.weight),
        status: cell(r, 'status') ?? 'existing',
        spells: spellsById.get(r.id ?? '') ?? [],
        evidence: cell(r, 'evidence'),
        note: r.note ?? '',
      }),
    ),
  );
}

function loadMembers(ctx: EditContext, records: CsvRecord[]): void {
  const byGroup = groupBy(records, 'group_id');
  for (const [groupId, rows] of byGroup) {
    const members = rows.map((r, i) =>
      parseOrExplain('group_members.csv', i, () =>
        GroupMember.parse({
          groupId,
          actorId: r.actor_id,
          joined: cell(r, 'joined'),
          left: cell(r, 'left'),
        }),
      ),
    );
    replaceMembers(ctx, groupId, members);
  }
}

function loadParticipation(ctx: EditContext, records: CsvRecord[]): void {
  for (const [eventId, rows] of groupBy(records, 'event_id')) {
    const participation = rows.map((r, i) =>
      parseOrExplain('participation.csv', i, () =>
        Participation.parse({ eventId, actorId: r.actor_id, role: r.role ?? '' }),
      ),
    );
    replaceParticipation(ctx, eventId, participation);
  }
}

function groupBy(records: CsvRecord[], column: string): Map<string, CsvRecord[]> {
  const groups = new Map<string, CsvRecord[]>();
  for (const record of records) {
    const key = record[column] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return groups;
}

function eachRow(records: CsvRecord[], file: string, load: (record: CsvRecord) => unknown): void {
  records.forEach((record, index) => parseOrExplain(file, index, () => load(record)));
}

/** Names the sample file and row (header = row 1) when a row does not fit the schema. */
function parseOrExplain<T>(file: string, index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof ZodError ? error.issues[0]?.message : String(error);
    throw new Error(`Sample data ${file}, row ${index + 2}: ${reason}`, { cause: error });
  }
}
