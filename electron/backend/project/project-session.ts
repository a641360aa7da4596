import { randomUUID } from 'node:crypto';
import { TejidoError } from '../../../shared/api/errors.ts';
import { ProjectInfo } from '../../../shared/domain/project.ts';
import type { EditContext } from '../store/change-log.ts';
import { LATEST_SCHEMA_VERSION } from './migrations.ts';
import type { ProjectDb } from './project-file.ts';

/**
 * The one open project of a backend. State is unavoidable here (a connection), so it is
 * held in a closure created per backend, never in a module-level variable.
 */
export function projectSession(now: () => Date) {
  let current: { db: ProjectDb; path: string } | null = null;

  function require(): { db: ProjectDb; path: string } {
    if (!current) throw new TejidoError('project.none');
    return current;
  }

  return {
    replace(db: ProjectDb, path: string): void {
      current?.db.close();
      current = { db, path };
    },
    close(): void {
      current?.db.close();
      current = null;
    },
    get db(): ProjectDb {
      return require().db;
    },
    get path(): string {
      return require().path;
    },
    get isOpen(): boolean {
      return current !== null;
    },
    /**
     * Runs one user action in one transaction with its own change batch: either every row
     * it writes (and its log entries) lands, or none does.
     */
    edit<T>(operation: string, work: (ctx: EditContext) => T): T {
      const db = require().db;
      const ctx: EditContext = { db, operation, batch: randomUUID(), at: now().toISOString() };
      return db.transaction(() => work(ctx))();
    },
    read<T>(work: (db: ProjectDb) => T): T {
      return require().db.transaction(() => work(require().db))();
    },
    info(): ProjectInfo {
      const { db, path } = require();
      const meta = new Map(
        (
          db.prepare('SELECT key, value FROM project_meta').all() as {
            key: string;
            value: string;
          }[]
        ).map((row) => [row.key, row.value]),
      );
      const count = (table: string) =>
        Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
      return ProjectInfo.parse({
        path,
        name: meta.get('name') ?? 'Tejido',
        schemaVersion: LATEST_SCHEMA_VERSION,
        createdAt: meta.get('created_at') ?? '',
        counts: {
          actors: count('actors'),
          ties: count('ties'),
          groups: count('groups'),
          events: count('events'),
          waves: count('waves'),
        },
      });
    },
  };
}

export type ProjectSession = ReturnType<typeof projectSession>;
