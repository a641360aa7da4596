import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TejidoError } from '../../shared/api/errors.ts';
import type { ParsedNetwork, ParsedTie } from '../../shared/formats/parsed-network.ts';
import { createTie } from '../../shared/formats/graph-files/records.ts';
import { emptyNetwork } from '../../shared/formats/parsed-network.ts';
import { normaliseName } from '../../shared/formats/names/normalise-name.ts';
import { planImport } from '../../shared/import/plan-import.ts';
import { importService, projectSnapshot } from '../../electron/backend/import/import-service.ts';
import { importWriter } from '../../electron/backend/import/import-writer.ts';
import { createProjectFile } from '../../electron/backend/project/project-file.ts';
import { projectSession } from '../../electron/backend/project/project-session.ts';
import { seedCatalog } from '../../electron/backend/sample/load-sample.ts';
import { undoLatest } from '../../electron/backend/store/undo-redo.ts';

/**
 * The import writer gets new ties from the plan one by one and writes them 50 at a time:
 * a tie repeated after its batch was written, and an error found after many batches were
 * written, must come out as if the whole plan had been written at once.
 */
let dir: string;
let session: ReturnType<typeof projectSession>;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tejido-writer-'));
  path = join(dir, 'p.tejido');
  session = projectSession(() => new Date('2026-01-01T00:00:00Z'));
  session.replace(createProjectFile(path, 'p', '2026-01-01T00:00:00Z'), path);
  session.edit('setup', (ctx) => seedCatalog(ctx));
});
afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

const ROWS = 2_500;
const choices = {
  format: 'csv' as const,
  wave: null,
  relation: null,
  coAttendanceTies: false,
  skipBadRows: false,
};

/** 2,500 ties among 100 actors, every pair once; the last row repeats the first pair. */
function writePair(): { actors: string; ties: string } {
  const actors = join(dir, 'actores.csv');
  const ties = join(dir, 'vinculos.csv');
  writeFileSync(
    actors,
    `id,nombre\n${Array.from({ length: 100 }, (_, i) => `a${i},Actor ${i}`).join('\n')}\n`,
  );
  const lines = ['origen,destino,peso,inicio,fin', 'a0,a1,1,2019-01-01,2019-06-01'];
  for (let i = 0; lines.length < ROWS; i++) {
    const [source, target] = [Math.floor(i / 99), (i % 99) + 1];
    if (source < target && !(source === 0 && target === 1)) {
      lines.push(`a${source},a${target},1,2019-01-01,`);
    }
  }
  // Another weight, so the reader keeps both rows and the plan joins them.
  lines.push('a0,a1,2,2021-01-01,2021-06-01');
  writeFileSync(ties, `${lines.join('\n')}\n`);
  return { actors, ties };
}

const sources = (files: { actors: string; ties: string }) => [
  { name: 'actores.csv', path: files.actors },
  { name: 'vinculos.csv', path: files.ties },
];

describe('import writer', () => {
  it('joins a tie repeated after its batch was written, as the whole plan would', async () => {
    const files = writePair();
    const result = await importService(session).commit(sources(files), choices);
    expect(result.counts.tiesAdded).toBe(ROWS - 1);
    expect(session.db.pragma('ignore_check_constraints', { simple: true })).toBe(0);
    const stored = session.db
      .prepare("SELECT spells FROM ties WHERE source = 'a0' AND target = 'a1'")
      .pluck()
      .all();
    expect(stored).toEqual([
      JSON.stringify([
        { start: '2019-01-01', end: '2019-06-01' },
        { start: '2021-01-01', end: '2021-06-01' },
      ]),
    ]);
    expect(Number(session.db.prepare('SELECT count(*) FROM ties').pluck().get())).toBe(ROWS - 1);
    // The indexes dropped for the bulk load are back.
    const indexes = session.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ties'")
      .pluck()
      .all();
    expect(indexes).toEqual(expect.arrayContaining(['ties_source', 'ties_target', 'ties_type']));
  });

  it('writes what a bare edge list brings with it during the bulk load, checked at the end', async () => {
    // No actors file: each name becomes an actor as the ties are planned, and the unknown
    // tie type is created then: both are written while the CHECK constraints wait.
    const ties = join(dir, 'red.csv');
    const lines = ['origen,destino,tipo,peso'];
    for (let i = 0; lines.length <= 1_200; i++) {
      // 1,200 distinct pairs: offsets 1, 14, 27 and 40 never repeat a pair either way round.
      const offset = 1 + Math.floor(i / 300) * 13;
      lines.push(`Grupo ${i % 300},Grupo ${(i + offset) % 300},intercambio,${1 + (i % 3)}`);
    }
    writeFileSync(ties, `${lines.join('\n')}\n`);
    const result = await importService(session).commit([{ name: 'red.csv', path: ties }], {
      ...choices,
    });
    expect(result.counts.actorsAdded).toBe(300);
    const count = (sql: string) => Number(session.db.prepare(sql).pluck().get());
    expect(count('SELECT count(*) FROM actors')).toBe(300);
    expect(count("SELECT count(*) FROM tie_types WHERE key = 'intercambio'")).toBe(1);
    expect(count("SELECT count(*) FROM changes WHERE entity_id = 'intercambio'")).toBe(1);
    expect(result.counts.tiesAdded).toBe(1_200);
    expect(count('SELECT count(*) FROM ties')).toBe(1_200);
    expect(session.db.pragma('ignore_check_constraints', { simple: true })).toBe(0);
    // The bulk load's smaller page cache is the project's 64 MB again.
    expect(session.db.pragma('cache_size', { simple: true })).toBe(-65_536);
  });

  it('logs every new tie for undo, and undo takes them all back', async () => {
    const files = writePair();
    await importService(session).commit(sources(files), choices);
    const rows = session.db
      .prepare("SELECT after FROM changes WHERE entity = 'import' ORDER BY seq")
      .pluck()
      .all() as string[];
    const logged = rows.map((row) => JSON.parse(row) as { actorIds: string[]; tieIds: string[] });
    const ids = session.db.prepare('SELECT id FROM ties ORDER BY rowid').pluck().all();
    // 10,000 tie ids per row; the new actors are listed once, in the first.
    expect(logged.map((row) => row.tieIds.length)).toEqual(
      Array.from({ length: Math.ceil(ids.length / 10_000) }, (_, at) =>
        Math.min(10_000, ids.length - at * 10_000),
      ),
    );
    expect(logged.flatMap((row) => row.tieIds)).toEqual(ids);
    expect(logged.map((row) => row.actorIds.length)).toEqual([
      100,
      ...logged.slice(1).map(() => 0),
    ]);
    session.edit('changes.undo', (ctx) => undoLatest(ctx));
    expect(Number(session.db.prepare('SELECT count(*) FROM ties').pluck().get())).toBe(0);
    expect(Number(session.db.prepare('SELECT count(*) FROM actors').pluck().get())).toBe(0);
  });

  it('splits the undo entry of a large import into rows of tie ids, and undo takes every tie back', () => {
    const network: ParsedNetwork = emptyNetwork('csv');
    network.ties = Array.from({ length: ROWS }, (_, row): ParsedTie => ({
      ...parsedTie(row),
      source: `Actor ${row}`,
      target: `Actor ${row + 1}`,
    }));
    session.edit('imports.commit', (ctx) => {
      const writer = importWriter(ctx, {
        skipBadRows: false,
        expectedTies: ROWS,
        tieIdsPerChange: 1_000,
      });
      try {
        const plan = planImport(network, projectSnapshot(ctx.db), planOptions(), writer.sink);
        return writer.finish(plan, { fileNames: ['nombres.csv'], sha256: '', format: 'csv' });
      } finally {
        writer.release();
      }
    });
    const logged = (
      session.db
        .prepare("SELECT after FROM changes WHERE entity = 'import' ORDER BY seq")
        .pluck()
        .all() as string[]
    ).map((row) => JSON.parse(row) as { actorIds: string[]; tieIds: string[] });
    expect(logged.map((row) => row.tieIds.length)).toEqual([1_000, 1_000, 500]);
    // The new actors (one per name) are listed once, in the first row.
    expect(logged.map((row) => row.actorIds.length)).toEqual([ROWS + 1, 0, 0]);
    const ids = session.db.prepare('SELECT id FROM ties ORDER BY rowid').pluck().all();
    expect(ids).toHaveLength(ROWS);
    expect(logged.flatMap((row) => row.tieIds)).toEqual(ids);
    session.edit('changes.undo', (ctx) => undoLatest(ctx));
    expect(Number(session.db.prepare('SELECT count(*) FROM ties').pluck().get())).toBe(0);
    expect(Number(session.db.prepare('SELECT count(*) FROM actors').pluck().get())).toBe(0);
  });

  it('leaves the project byte for byte unchanged when an error turns up after batches were written', () => {
    const hash = () => createHash('sha256').update(readFileSync(path)).digest('hex');
    session.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = hash();
    // Ties naming actors by name: row 2,300 names one with a name too long to be an actor.
    const network: ParsedNetwork = emptyNetwork('csv');
    network.ties = Array.from({ length: ROWS }, (_, row): ParsedTie => ({
      ...parsedTie(row),
      source: `Actor ${row}`,
      target: row === 2_300 ? 'x'.repeat(5_000) : `Actor ${row + 1}`,
    }));
    const attempt = () =>
      session.edit('imports.commit', (ctx) => {
        const writer = importWriter(ctx, { skipBadRows: false, expectedTies: ROWS });
        const plan = planImport(
          network,
          projectSnapshot(ctx.db),
          {
            skipBadRows: false,
            wave: null,
            relation: null,
            nameKey: normaliseName,
            newId: (() => {
              let next = 0;
              return () => `id-${next++}`;
            })(),
            consumeRows: true,
          },
          writer.sink,
        );
        expect(plan.problems.filter((p) => p.severity === 'error')).toHaveLength(1);
        try {
          return writer.finish(plan, { fileNames: ['nombres.csv'], sha256: '', format: 'csv' });
        } finally {
          writer.release();
        }
      });
    expect(attempt).toThrow(TejidoError);
    // The bulk load's suspended CHECK constraints and small cache are undone after the failure.
    expect(session.db.pragma('ignore_check_constraints', { simple: true })).toBe(0);
    expect(session.db.pragma('cache_size', { simple: true })).toBe(-65_536);
    session.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(hash()).toBe(before);
    expect(Number(session.db.prepare('SELECT count(*) FROM ties').pluck().get())).toBe(0);
  });
});

/** A parsed row of a ties file naming its ends by name, as an edge list without actors. */
function parsedTie(row: number): ParsedTie {
  return { ...createTie('', '', { file: 'nombres.csv', row: row + 2 }), endsBy: 'name' };
}

function planOptions() {
  let next = 0;
  return {
    skipBadRows: false,
    wave: null,
    relation: null,
    nameKey: normaliseName,
    newId: () => `id-${String(next++).padStart(6, '0')}`,
    consumeRows: true,
  };
}
