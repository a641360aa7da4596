import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TejidoError } from '../../shared/api/errors.ts';
import { checkExpressions, deferredChecks } from '../../electron/backend/import/deferred-checks.ts';
import { createProjectFile, type ProjectDb } from '../../electron/backend/project/project-file.ts';
import { seedCatalog } from '../../electron/backend/sample/load-sample.ts';

/**
 * A bulk import writes its ties with SQLite's CHECK constraints suspended and checks the
 * appended rows at the end: a row that breaks a constraint must still never be committed.
 */
let dir: string;
let db: ProjectDb;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tejido-checks-'));
  db = createProjectFile(join(dir, 'p.tejido'), 'p', '2026-01-01T00:00:00Z');
  db.transaction(() =>
    seedCatalog({ db, operation: 'setup', batch: 'b', at: '2026-01-01T00:00:00Z' }),
  )();
  db.prepare(
    "INSERT INTO actors (id, name, kind, attributes) VALUES ('a', 'A', 'organisation', '{}'), ('b', 'B', 'organisation', '{}')",
  ).run();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const tieType = () => db.prepare('SELECT key FROM tie_types LIMIT 1').pluck().get() as string;
const insertTie = (id: string, spells: string, status = 'existing') =>
  db
    .prepare(
      `INSERT INTO ties (id, source, target, type, weight, status, spells, evidence, note, attributes)
       VALUES (?, 'a', 'b', ?, 1, ?, ?, NULL, '', '{}')`,
    )
    .run(id, tieType(), status, spells);
const ignoring = () => db.pragma('ignore_check_constraints', { simple: true });
const tieSql = () =>
  db.prepare("SELECT sql FROM sqlite_master WHERE name = 'ties'").pluck().get() as string;

describe('deferred CHECK constraints', () => {
  it('reads every CHECK of a table as the schema declares it', () => {
    expect(checkExpressions(tieSql())).toEqual([
      "status IN ('existing', 'potential')",
      'json_valid(spells)',
      "evidence IN ('survey', 'workshop', 'event', 'document', 'other')",
      'json_valid(attributes)',
    ]);
    expect(
      checkExpressions(
        `CREATE TABLE t (a TEXT CHECK (a IN ('(', ')')), "check (x)" INT, b INT, CHECK ((a) < (b)))`,
      ),
    ).toEqual(["a IN ('(', ')')", '(a) < (b)']);
  });

  it('lets rows through while suspended and then finds the one that breaks a constraint', () => {
    const checks = deferredChecks(db);
    db.transaction(() => {
      insertTie('before', '[]');
      checks.suspend({ appended: ['ties'], whole: [] });
      expect(ignoring()).toBe(1);
      insertTie('good', '[{"start":"2020-01-01","end":null}]');
      insertTie('bad', '[{"start":');
      expect(() => checks.resume()).toThrow(TejidoError);
      expect(() => checks.resume()).not.toThrow();
    })();
    expect(ignoring()).toBe(0);
    // The same bad row is refused as soon as the checks are back.
    expect(() => insertTie('bad again', '[{"start":')).toThrow(/CHECK/);
  });

  it('names the row and the constraint it breaks, and passes rows that are fine', () => {
    const checks = deferredChecks(db);
    checks.suspend({ appended: ['ties'], whole: [] });
    insertTie('one', '[]');
    insertTie('two', '[]', 'imaginary');
    expect(() => checks.resume()).toThrow(
      expect.objectContaining({
        params: { reason: expect.stringContaining("CHECK (status IN ('existing', 'potential'))") },
      }),
    );
    db.prepare("DELETE FROM ties WHERE id = 'two'").run();
    checks.suspend({ appended: ['ties'], whole: ['tie_types'] });
    insertTie('three', '[]');
    expect(() => checks.resume()).not.toThrow();
    expect(ignoring()).toBe(0);
  });

  it('turns the checks back on without looking when released after a failure', () => {
    const checks = deferredChecks(db);
    checks.suspend({ appended: ['ties'], whole: [] });
    insertTie('bad', 'not json');
    checks.release();
    expect(ignoring()).toBe(0);
    expect(() => checks.resume()).not.toThrow();
  });
});
