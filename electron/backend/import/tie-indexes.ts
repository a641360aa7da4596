import type { EditContext } from '../store/change-log.ts';

/**
 * A bulk load of this many ties or more drops the ties table's secondary indexes (by
 * source, target and type) and builds them again after the inserts: building an index once
 * from sorted keys costs about a third less than updating three indexes per row, measured
 * at 100,000 ties (scripts/bench-import.ts). When the project already holds more ties than
 * the import adds, rebuilding would cost more than it saves, so the indexes stay.
 */
const REBUILD_INDEXES_FROM = 5_000;

export function tieIndexes(ctx: EditContext) {
  return {
    /**
     * Drops the ties table's own indexes, whatever the migrations made them, when `adding`
     * ties make it worth it, and returns the function that creates them again from their
     * stored SQL (null when nothing was dropped). Both run inside the import's
     * transaction, so a failed import gets its indexes back with everything else.
     */
    dropForBulkLoad(adding: number): (() => void) | null {
      if (adding < REBUILD_INDEXES_FROM) return null;
      const existing = Number(ctx.db.prepare('SELECT count(*) FROM ties').pluck().get());
      if (existing > adding) return null;
      const indexes = ctx.db
        .prepare(
          `SELECT name, sql FROM sqlite_master
           WHERE type = 'index' AND tbl_name = 'ties' AND sql IS NOT NULL`,
        )
        .all() as { name: string; sql: string }[];
      for (const { name } of indexes) ctx.db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
      return () => {
        for (const { sql } of indexes) ctx.db.exec(sql);
      };
    },
  };
}
