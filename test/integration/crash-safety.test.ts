import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../../electron/backend/sample/load-sample.ts';
import { createProjectFile, openProjectFile } from '../../electron/backend/project/project-file.ts';
import { projectSession } from '../../electron/backend/project/project-session.ts';
import { upsertActor } from '../../electron/backend/store/actors-store.ts';
import { repoRoot } from '../support/temp-backend.ts';

const KILLS = 12;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tejido-crash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prepareProject(path: string): void {
  const session = projectSession(() => new Date());
  session.replace(createProjectFile(path, 'Crash', 'now'), path);
  session.edit('setup', (ctx) => {
    seedCatalog(ctx);
    upsertActor(ctx, {
      id: 'anchor',
      name: 'Ancla',
      sector: 'iso',
      kind: 'organisation',
      region: null,
      attributes: {},
      notes: '',
    });
  });
  session.close();
}

/** Runs the write loop and kills it with SIGKILL after `delayMs` of writing. */
function writeThenKill(path: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/write-loop.ts', path], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let committed = 0;
    let timer: NodeJS.Timeout | undefined;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      committed = Number(lines.at(-1));
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`write loop ended without being killed: ${errors}`));
    });
  });
}

describe('crash safety', () => {
  it(`leaves a consistent project after ${KILLS} SIGKILLs in the middle of writes`, async () => {
    const path = join(dir, 'crash.tejido');
    prepareProject(path);
    // Deterministic but varied kill points, so each run kills at a different moment.
    const delays = Array.from({ length: KILLS }, (_, i) => 20 + ((i * 37) % 180));
    let previousActions = 0;
    for (const [round, delay] of delays.entries()) {
      const reported = await writeThenKill(path, delay);
      const db = openProjectFile(path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const count = (sql: string) => Number(db.prepare(sql).pluck().get());
      const actions = count(
        "SELECT count(DISTINCT batch) FROM changes WHERE operation = 'crash.write'",
      );
      // Before or after each write, never between: every action landed whole.
      expect(count("SELECT count(*) FROM actors WHERE id <> 'anchor'")).toBe(actions);
      expect(count('SELECT count(*) FROM ties')).toBe(actions);
      expect(count("SELECT count(*) FROM changes WHERE operation = 'crash.write'")).toBe(
        2 * actions,
      );
      // Nothing reported as committed was lost (synchronous = FULL); at most one more landed.
      expect(actions - previousActions).toBeGreaterThanOrEqual(reported);
      expect(actions - previousActions).toBeLessThanOrEqual(reported + 1);
      previousActions = actions;
      db.close();
      // Restart numbering after the rows already there.
      const raw = new Database(path);
      raw.pragma('foreign_keys = ON');
      raw.prepare("UPDATE actors SET id = ? || id WHERE id LIKE 'crash-%'").run(`round${round}-`);
      raw.close();
    }
    expect(previousActions).toBeGreaterThan(0);
  });
});
