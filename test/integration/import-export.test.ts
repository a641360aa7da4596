import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../support/temp-backend.ts';
import { upload, uploadFile } from '../support/upload.ts';

const realWorld = fileURLToPath(new URL('../../../shared/fixtures/real-world/', import.meta.url));
const hasRealWorld = existsSync(realWorld);

let env: ReturnType<typeof tempBackend>;
beforeEach(async () => {
  env = tempBackend();
  await env.call('project.create', {
    name: 'Importar',
    target: { via: 'projectsFolder', name: 'importar' },
  });
});
afterEach(() => env.dispose());

const text = (value: string) => new TextEncoder().encode(value);

/** Every row of every table: a failed import must leave all of it as it was. */
function projectContent(): string {
  const db = env.backend.session.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables)
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()));
  return hash.digest('hex');
}

const ACTORS =
  'id,nombre,sector,región,tema\n1,Colectivo Norte,OSC,Sonora,mediación\n2,Secretaría de Bienestar,gobierno,Sonora,\n3,Fundación Raíz,donante,,\n';
const TIES =
  'origen;destino;tipo;peso;inicio;fin\n1;2;colaboración;2;2019-01-01;\n3;1;financiamiento;1;2018-05-01;2020-01-01\n';

describe('import and export through the operations', () => {
  it('previews two CSV files without writing, then imports them in one go', async () => {
    const files = [
      { uploadId: await upload(env, 'actores.csv', text(ACTORS)), name: 'actores.csv' },
      { uploadId: await upload(env, 'vinculos.csv', text(TIES)), name: 'vinculos.csv' },
    ];
    const before = projectContent();
    const preview = await env.call('imports.preview', { files });
    expect(projectContent()).toBe(before);
    expect(preview.counts).toMatchObject({ actorsAdded: 3, tiesAdded: 2, errors: 0 });
    expect(preview.blocked).toBe(false);

    const result = await env.call('imports.commit', { files });
    expect(result.counts).toMatchObject({ actorsAdded: 3, tiesAdded: 2 });
    const actors = await env.call('actors.list', {});
    expect(actors.find((a) => a.id === '2')).toMatchObject({
      sector: 'government',
      region: 'Sonora',
    });
    expect(actors.find((a) => a.id === '1')?.attributes).toMatchObject({ tema: 'mediación' });
    const ties = await env.call('ties.list', {});
    expect(ties.find((t) => t.type === 'funding')?.spells).toEqual([
      { start: '2018-05-01', end: '2020-01-01' },
    ]);
    const imports = await env.call('imports.list', {});
    expect(imports[0]).toMatchObject({ fileName: 'actores.csv, vinculos.csv', format: 'csv' });
  });

  it("imports a roster survey CSV keeping the respondents' other answers as attributes", async () => {
    const roster =
      'organizacion,ciudad,año de fundación,socios\nColectivo Norte,Hermosillo,2004,Casa Refugio; Fundación Raíz\n';
    const files = [{ uploadId: await upload(env, 'ola1.csv', text(roster)), name: 'ola1.csv' }];
    const result = await env.call('imports.commit', {
      files,
      format: 'roster',
      wave: '2019-03-01',
    });
    expect(result.counts).toMatchObject({ actorsAdded: 3, tiesAdded: 2, errors: 0 });
    const actors = await env.call('actors.list', {});
    expect(actors.find((actor) => actor.name === 'Colectivo Norte')?.attributes).toEqual({
      ciudad: 'Hermosillo',
      'año de fundación': 2004,
    });
    expect(actors.find((actor) => actor.name === 'Casa Refugio')?.attributes).toEqual({});
  });

  it('refuses an import with errors, leaving the project exactly as it was, unless bad rows are skipped', async () => {
    const badTies = 'source,target,weight\n1,2,1\n1,99,1\n';
    // (row 3 names an actor the actors file lacks)
    const files = async () => [
      { uploadId: await upload(env, 'actores.csv', text(ACTORS)), name: 'actores.csv' },
      { uploadId: await upload(env, 'vinculos.csv', text(badTies)), name: 'vinculos.csv' },
    ];
    const before = projectContent();
    const refused = await env.raw('imports.commit', { files: await files() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'import.blocked' } });
    expect(projectContent()).toBe(before);
    const preview = await env.call('imports.preview', { files: await files() });
    const problem = preview.problems.find((p) => p.severity === 'error');
    expect(problem).toMatchObject({
      code: 'unknownActor',
      place: { file: 'vinculos.csv', row: 3 },
    });
    const skipped = await env.call('imports.commit', { files: await files(), skipBadRows: true });
    expect(skipped.counts).toMatchObject({ tiesAdded: 1, rejected: 1 });
  });

  it('changes nothing when the same files are imported twice', async () => {
    const send = async () => [
      { uploadId: await upload(env, 'actores.csv', text(ACTORS)), name: 'actores.csv' },
      { uploadId: await upload(env, 'vinculos.csv', text(TIES)), name: 'vinculos.csv' },
    ];
    await env.call('imports.commit', { files: await send() });
    const again = await env.call('imports.preview', { files: await send() });
    expect(again.counts).toMatchObject({
      actorsAdded: 0,
      actorsUpdated: 0,
      tiesAdded: 0,
      tiesUpdated: 0,
    });
  });

  it('round-trips actors, ties, attributes and spells through GEXF, CSV, Excel and GraphML', async () => {
    await env.call('imports.commit', {
      files: [
        { uploadId: await upload(env, 'actores.csv', text(ACTORS)), name: 'actores.csv' },
        { uploadId: await upload(env, 'vinculos.csv', text(TIES)), name: 'vinculos.csv' },
      ],
    });
    const original = await env.call('ties.list', {});
    // GraphML has no time (write-graphml.ts): it must carry everything but the spells.
    for (const format of ['gexf', 'csv', 'xlsx', 'graphml'] as const) {
      const spellsOf = (spells: unknown) => (format === 'graphml' ? [] : spells);
      const { files } = await env.call('exports.create', { format });
      const target = tempBackend();
      try {
        await target.call('project.create', {
          name: 'Copia',
          target: { via: 'projectsFolder', name: 'copia' },
        });
        const uploaded = [];
        for (const file of files) {
          uploaded.push({
            uploadId: await upload(target, file.name, Buffer.from(file.base64, 'base64'), 4096),
            name: file.name,
          });
        }
        await target.call('imports.commit', {
          files: uploaded,
          format: format === 'xlsx' ? 'xlsx' : 'auto',
        });
        const copied = await target.call('ties.list', {});
        const shape = (ties: typeof original) =>
          ties
            .map((t) => [t.source, t.target, t.type, t.weight, spellsOf(t.spells), t.attributes])
            .sort((a, b) => String(a).localeCompare(String(b)));
        expect(shape(copied), format).toEqual(shape(original));
        const actors = await target.call('actors.list', {});
        const actorShape = (list: typeof actors) =>
          list.map((a) => [a.id, a.name, a.sector, a.region, a.attributes]).sort();
        expect(actorShape(actors), format).toEqual(actorShape(await env.call('actors.list', {})));
      } finally {
        target.dispose();
      }
    }
  });

  it('pseudonymises an export: codes instead of names, no notes, sectors kept', async () => {
    await env.call('actors.upsert', {
      id: 'x',
      name: 'Red Mujeres A.C.',
      sector: 'cso',
      notes: 'documenta abusos',
    });
    const { files } = await env.call('exports.create', { format: 'csv', pseudonymise: true });
    const content = files.map((f) => Buffer.from(f.base64, 'base64').toString('utf8')).join('\n');
    expect(content).toContain('ORG-001');
    expect(content).not.toContain('Red Mujeres');
    expect(content).not.toContain('documenta');
    expect(content).toContain('cso');
  });

  it('merges a duplicate, and the next import recognises its old name', async () => {
    const kept = await env.call('actors.upsert', { name: 'Colectivo Norte A.C.', sector: 'cso' });
    const duplicate = await env.call('actors.upsert', {
      name: 'Colectivo del Norte',
      sector: null,
    });
    const other = await env.call('actors.upsert', { name: 'Otra', sector: null });
    await env.call('ties.upsert', {
      source: duplicate.id,
      target: other.id,
      type: 'collaboration',
    });
    await env.call('actors.merge', { keepId: kept.id, mergeId: duplicate.id });
    const ties = await env.call('ties.list', {});
    expect(ties[0]).toMatchObject({ source: kept.id, target: other.id });
    const survey = 'source,target\nColectivo del Norte,Otra\n';
    const preview = await env.call('imports.preview', {
      files: [{ uploadId: await upload(env, 'encuesta.csv', text(survey)), name: 'encuesta.csv' }],
    });
    expect(preview.counts.actorsAdded).toBe(0);
  });

  it.skipIf(!hasRealWorld)(
    'imports a multi-relational Pajek file once a relation is chosen',
    async () => {
      const file = await uploadFile(env, `${realWorld}pajek-padgett-florentine-matrix.net`);
      const unchosen = await env.call('imports.preview', { files: [file] });
      expect(unchosen.blocked).toBe(true);
      expect(unchosen.relations).toEqual(['Marital', 'Business']);
      const result = await env.call('imports.commit', { files: [file], relation: 'Business' });
      expect(result.counts).toMatchObject({ actorsAdded: 16, tiesAdded: 15 });
    },
  );

  it.skipIf(!hasRealWorld)('imports a dynamic GEXF with its spells', async () => {
    const file = await uploadFile(env, `${realWorld}gexf-spec-dynamic-spells-1.3.gexf`);
    const result = await env.call('imports.commit', { files: [file], skipBadRows: true });
    expect(result.counts).toMatchObject({ actorsAdded: 4, tiesAdded: 5 });
    const ties = await env.call('ties.list', {});
    expect(ties.some((t) => t.spells.length > 0)).toBe(true);
    expect(readFileSync(env.backend.session.path).length).toBeGreaterThan(0);
  });
});
