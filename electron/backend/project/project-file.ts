import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { TejidoError } from '../../../shared/api/errors.ts';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations.ts';

export type ProjectDb = Database.Database;

/** Marks a SQLite file as a Tejido project ("Teji"), so another app's database is refused. */
export const TEJIDO_APPLICATION_ID = 0x54656a69;
const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Opens an existing project. Every check runs on a read-only connection first, so a file we
 * refuse (not SQLite, not ours, newer than this app, altered history) is left byte-for-byte
 * untouched: switching to WAL or migrating would otherwise rewrite its header.
 */
export function openProjectFile(path: string): ProjectDb {
  if (!existsSync(path)) throw new TejidoError('project.notFound', { path });
  if (!hasSqliteHeader(path)) throw new TejidoError('project.notSqlite', { path });
  inspectReadOnly(path);
  const db = new Database(path, { fileMustExist: true });
  try {
    configureConnection(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Creates a new, empty, fully migrated project. Refuses to overwrite an existing file. */
export function createProjectFile(path: string, name: string, now: string): ProjectDb {
  if (existsSync(path)) throw new TejidoError('project.exists', { path });
  const db = new Database(path);
  try {
    db.pragma(`application_id = ${TEJIDO_APPLICATION_ID}`);
    configureConnection(db);
    migrate(db);
    const setMeta = db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      setMeta.run('name', name);
      setMeta.run('created_at', now);
    })();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configureConnection(db: ProjectDb): void {
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL: a project may hold the only record of a workshop; a power cut must
  // not lose the last committed edit.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MB of page cache: a large import inserts into three tie indexes at random places,
  // and with SQLite's default 2 MB cache that spills pages to the WAL mid-transaction.
  db.pragma('cache_size = -65536');
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function inspectReadOnly(path: string): void {
  let db: ProjectDb;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    throw new TejidoError('project.notSqlite', { path });
  }
  try {
    const applicationId = readPragmaNumber(db, 'application_id', path);
    if (applicationId !== TEJIDO_APPLICATION_ID) {
      throw new TejidoError('project.notTejido', { path });
    }
    const version = readPragmaNumber(db, 'user_version', path);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new TejidoError('project.newerSchema', {
        path,
        found: version,
        supported: LATEST_SCHEMA_VERSION,
      });
    }
    checkHistory(db, path, version);
  } finally {
    db.close();
  }
}

function readPragmaNumber(db: ProjectDb, pragma: string, path: string): number {
  try {
    const value: unknown = db.pragma(pragma, { simple: true });
    return typeof value === 'number' ? value : Number.NaN;
  } catch {
    // A file with a valid header but garbage pages fails here ("file is not a database").
    throw new TejidoError('project.notSqlite', { path });
  }
}

const MIGRATION_LOG = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`;

function checkHistory(db: ProjectDb, path: string, version: number): void {
  if (version === 0) return;
  let applied: { version: number; name: string }[];
  try {
    applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
      version: number;
      name: string;
    }[];
  } catch {
    throw new TejidoError('project.historyMismatch', { path, version });
  }
  const expected = migrations.slice(0, version);
  const matches =
    applied.length === expected.length &&
    applied.every((row, i) => row.version === i + 1 && row.name === expected[i]!.name);
  if (!matches) throw new TejidoError('project.historyMismatch', { path, version });
}

/** Runs the migrations this file has not seen, all in one transaction. */
function migrate(db: ProjectDb): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= LATEST_SCHEMA_VERSION) return;
  db.transaction(() => {
    db.exec(MIGRATION_LOG);
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    for (let version = current + 1; version <= LATEST_SCHEMA_VERSION; version++) {
      const migration = migrations[version - 1]!;
      db.exec(migration.sql);
      record.run(version, migration.name, new Date().toISOString());
    }
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  })();
}
