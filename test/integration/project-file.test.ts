import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TejidoError } from '../../shared/api/errors.ts';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/project/migrations.ts';
import {
  createProjectFile,
  openProjectFile,
  TEJIDO_APPLICATION_ID,
} from '../../electron/backend/project/project-file.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tejido-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function errorCodeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TejidoError) return error.code;
    throw error;
  }
  throw new Error('expected a TejidoError');
}

function makeProject(name = 'p.tejido'): string {
  const path = join(dir, name);
  createProjectFile(path, 'Prueba', '2026-01-01T00:00:00.000Z').close();
  return path;
}

describe('project files', () => {
  it('creates a migrated WAL project with foreign keys that reopens', () => {
    const path = makeProject();
    const db = openProjectFile(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(TEJIDO_APPLICATION_ID);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    for (const table of [
      'actors',
      'sectors',
      'tie_types',
      'ties',
      'groups',
      'group_members',
      'events',
      'participation',
      'waves',
      'views',
      'imports',
      'changes',
    ]) {
      expect(tables).toContain(table);
    }
    db.close();
  });

  it('refuses to overwrite an existing file when creating', () => {
    const path = makeProject();
    expect(errorCodeOf(() => createProjectFile(path, 'Otra', 'now'))).toBe('project.exists');
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const path = join(dir, 'notes.tejido');
    writeFileSync(path, 'organisation,partner\nA,B\n');
    const before = hashOf(path);
    expect(errorCodeOf(() => openProjectFile(path))).toBe('project.notSqlite');
    expect(hashOf(path)).toBe(before);
  });

  it('refuses an empty file and a file with a SQLite header but garbage after it', () => {
    const empty = join(dir, 'empty.tejido');
    writeFileSync(empty, '');
    expect(errorCodeOf(() => openProjectFile(empty))).toBe('project.notSqlite');
    const garbage = join(dir, 'garbage.tejido');
    writeFileSync(
      garbage,
      Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 7)]),
    );
    const before = hashOf(garbage);
    expect(errorCodeOf(() => openProjectFile(garbage))).toBe('project.notSqlite');
    expect(hashOf(garbage)).toBe(before);
  });

  it("refuses another application's SQLite database, untouched", () => {
    const path = join(dir, 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);');
    other.close();
    const before = hashOf(path);
    expect(errorCodeOf(() => openProjectFile(path))).toBe('project.notTejido');
    expect(hashOf(path)).toBe(before);
  });

  it('refuses a project written by a newer Tejido, untouched, naming both versions', () => {
    const path = makeProject();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = hashOf(path);
    try {
      openProjectFile(path);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TejidoError);
      expect((error as TejidoError).code).toBe('project.newerSchema');
      expect((error as TejidoError).params).toMatchObject({
        found: LATEST_SCHEMA_VERSION + 3,
        supported: LATEST_SCHEMA_VERSION,
      });
    }
    expect(hashOf(path)).toBe(before);
  });

  it('refuses a project whose migration history disagrees with this app', () => {
    const path = makeProject();
    const db = new Database(path);
    db.prepare("UPDATE schema_migrations SET name = '0001-something-else' WHERE version = 1").run();
    db.close();
    expect(errorCodeOf(() => openProjectFile(path))).toBe('project.historyMismatch');
  });

  it('reports a missing file as not found', () => {
    expect(errorCodeOf(() => openProjectFile(join(dir, 'nope.tejido')))).toBe('project.notFound');
  });

  it('keeps the change log append-only', () => {
    const path = makeProject();
    const db = openProjectFile(path);
    db.prepare(
      "INSERT INTO changes (at, batch, operation, entity, entity_id) VALUES ('t', 'b', 'o', 'e', 'i')",
    ).run();
    expect(() => db.prepare('UPDATE changes SET entity = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM changes').run()).toThrow(/append-only/);
    db.close();
  });

  it('opens a copy made while the original is open', () => {
    const path = makeProject();
    const copy = join(dir, 'copy.tejido');
    const db = openProjectFile(path);
    db.prepare('VACUUM INTO ?').run(copy);
    db.close();
    copyFileSync(copy, join(dir, 'copy2.tejido'));
    const reopened = openProjectFile(join(dir, 'copy2.tejido'));
    expect(reopened.pragma('application_id', { simple: true })).toBe(TEJIDO_APPLICATION_ID);
    reopened.close();
  });
});
