import { TejidoError } from '../../../shared/api/errors.ts';
import { Sector, TieType } from '../../../shared/domain/catalog.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { parseRow } from './row-json.ts';

interface CatalogRow {
  key: string;
  label_es: string;
  label_en: string;
  colour: string;
  position: number;
  directed?: number;
}

function toSector(row: CatalogRow): Sector {
  return parseRow(Sector, fromRow(row), 'sectors', row.key);
}

function toTieType(row: CatalogRow): TieType {
  return parseRow(TieType, { ...fromRow(row), directed: row.directed === 1 }, 'tie_types', row.key);
}

function fromRow(row: CatalogRow) {
  return {
    key: row.key,
    labelEs: row.label_es,
    labelEn: row.label_en,
    colour: row.colour,
    position: row.position,
  };
}

export function listSectors(db: ProjectDb): Sector[] {
  const rows = db.prepare('SELECT * FROM sectors ORDER BY position, key').all();
  return (rows as CatalogRow[]).map(toSector);
}

export function listTieTypes(db: ProjectDb): TieType[] {
  const rows = db.prepare('SELECT * FROM tie_types ORDER BY position, key').all();
  return (rows as CatalogRow[]).map(toTieType);
}

export function upsertSector(ctx: EditContext, sector: Sector): Sector {
  const before = ctx.db.prepare('SELECT * FROM sectors WHERE key = ?').get(sector.key) as
    CatalogRow | undefined;
  ctx.db
    .prepare(
      `INSERT INTO sectors (key, label_es, label_en, colour, position)
       VALUES (@key, @labelEs, @labelEn, @colour, @position)
       ON CONFLICT (key) DO UPDATE SET label_es = excluded.label_es,
         label_en = excluded.label_en, colour = excluded.colour, position = excluded.position`,
    )
    .run(sector);
  recordChange(ctx, 'sector', sector.key, before ? toSector(before) : null, sector);
  return sector;
}

export function upsertTieType(ctx: EditContext, tieType: TieType): TieType {
  const before = ctx.db.prepare('SELECT * FROM tie_types WHERE key = ?').get(tieType.key) as
    CatalogRow | undefined;
  ctx.db
    .prepare(
      `INSERT INTO tie_types (key, label_es, label_en, directed, colour, position)
       VALUES (@key, @labelEs, @labelEn, @directed, @colour, @position)
       ON CONFLICT (key) DO UPDATE SET label_es = excluded.label_es,
         label_en = excluded.label_en, directed = excluded.directed,
         colour = excluded.colour, position = excluded.position`,
    )
    .run({ ...tieType, directed: tieType.directed ? 1 : 0 });
  recordChange(ctx, 'tieType', tieType.key, before ? toTieType(before) : null, tieType);
  return tieType;
}

/** A sector still given to actors cannot go: the error says how many use it. */
export function deleteSector(ctx: EditContext, key: string): void {
  const before = ctx.db.prepare('SELECT * FROM sectors WHERE key = ?').get(key) as
    CatalogRow | undefined;
  if (!before) throw new TejidoError('sector.notFound', { key });
  const used = ctx.db.prepare('SELECT count(*) FROM actors WHERE sector = ?').pluck().get(key);
  if (Number(used) > 0) throw new TejidoError('sector.inUse', { key, count: Number(used) });
  ctx.db.prepare('DELETE FROM sectors WHERE key = ?').run(key);
  recordChange(ctx, 'sector', key, toSector(before), null);
}

export function deleteTieType(ctx: EditContext, key: string): void {
  const before = ctx.db.prepare('SELECT * FROM tie_types WHERE key = ?').get(key) as
    CatalogRow | undefined;
  if (!before) throw new TejidoError('tieType.notFound', { key });
  const used = ctx.db.prepare('SELECT count(*) FROM ties WHERE type = ?').pluck().get(key);
  if (Number(used) > 0) throw new TejidoError('tieType.inUse', { key, count: Number(used) });
  ctx.db.prepare('DELETE FROM tie_types WHERE key = ?').run(key);
  recordChange(ctx, 'tieType', key, toTieType(before), null);
}
