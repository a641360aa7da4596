import { randomUUID } from 'node:crypto';
import { MapView, SavedMapView, type MapViewDraft } from '../../../shared/domain/view.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { parseJsonColumn, parseRow } from './row-json.ts';

interface ViewRow {
  id: string;
  name: string;
  payload: string;
  updated_at: string;
}

/** The payload column holds everything but id, name and time, as JSON. */
function toView(row: ViewRow): SavedMapView {
  const payload = parseJsonColumn(row.payload, 'views', row.id);
  const value = {
    ...(typeof payload === 'object' && payload !== null ? payload : {}),
    id: row.id,
    name: row.name,
    updatedAt: row.updated_at,
  };
  return parseRow(SavedMapView, value, 'views', row.id);
}

export function listViews(db: ProjectDb): SavedMapView[] {
  const rows = db.prepare('SELECT * FROM views ORDER BY name, id').all() as ViewRow[];
  return rows.map(toView);
}

function findView(db: ProjectDb, id: string): SavedMapView | null {
  const row = db.prepare('SELECT * FROM views WHERE id = ?').get(id) as ViewRow | undefined;
  return row ? toView(row) : null;
}

/** Saves a view (a new one when the draft has no id), logged with before and after. */
export function upsertView(ctx: EditContext, draft: MapViewDraft): SavedMapView {
  const view = MapView.parse({ ...draft, id: draft.id ?? randomUUID() });
  const before = findView(ctx.db, view.id);
  const { id, name, ...payload } = view;
  ctx.db
    .prepare(
      `INSERT INTO views (id, name, payload, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, payload = excluded.payload,
         updated_at = excluded.updated_at`,
    )
    .run(id, name, JSON.stringify(payload), ctx.at);
  const saved: SavedMapView = { ...view, updatedAt: ctx.at };
  recordChange(ctx, 'view', id, before, saved);
  return saved;
}

/** Deletes a view; true when there was one to delete. */
export function deleteView(ctx: EditContext, id: string): boolean {
  const before = findView(ctx.db, id);
  if (!before) return false;
  ctx.db.prepare('DELETE FROM views WHERE id = ?').run(id);
  recordChange(ctx, 'view', id, before, null);
  return true;
}
