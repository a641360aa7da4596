import { randomUUID } from 'node:crypto';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Wave } from '../../../shared/domain/wave.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { parseRow } from './row-json.ts';

export function listWaves(db: ProjectDb): Wave[] {
  const rows = db.prepare('SELECT * FROM waves ORDER BY date, id').all() as Wave[];
  return rows.map((row) => parseRow(Wave, row, 'waves', row.id));
}

function findWave(db: ProjectDb, id: string): Wave | null {
  const row = db.prepare('SELECT * FROM waves WHERE id = ?').get(id) as Wave | undefined;
  return row ? parseRow(Wave, row, 'waves', row.id) : null;
}

export function upsertWave(ctx: EditContext, draft: Omit<Wave, 'id'> & { id?: string }): Wave {
  const wave = Wave.parse({ ...draft, id: draft.id ?? randomUUID() });
  const before = findWave(ctx.db, wave.id);
  ctx.db
    .prepare(
      `INSERT INTO waves (id, name, date, description) VALUES (@id, @name, @date, @description)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, date = excluded.date,
         description = excluded.description`,
    )
    .run(wave);
  recordChange(ctx, 'wave', wave.id, before, wave);
  return wave;
}

export function deleteWave(ctx: EditContext, id: string): void {
  const before = findWave(ctx.db, id);
  if (!before) throw new TejidoError('wave.notFound', { id });
  ctx.db.prepare('DELETE FROM waves WHERE id = ?').run(id);
  recordChange(ctx, 'wave', id, before, null);
}
