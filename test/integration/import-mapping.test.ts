import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../support/temp-backend.ts';
import { upload } from '../support/upload.ts';

/**
 * Column mapping through the operations, as the wizard uses it: preview shows the roles it
 * recognised, the user changes some, the preview follows, and the commit writes what the
 * chosen mapping says.
 */
let env: ReturnType<typeof tempBackend>;
beforeEach(async () => {
  env = tempBackend();
  await env.call('project.create', {
    name: 'Mapeo',
    target: { via: 'projectsFolder', name: 'mapeo' },
  });
});
afterEach(() => env.dispose());

const text = (value: string) => new TextEncoder().encode(value);

// Headers no tool writes: "quien" and "con quien" are not recognised, "monto" neither.
const TIES =
  'quien,con quien,relacion,monto,comentario\nNorte,Sur,colaboración,5,desde 2019\nSur,Este,financiamiento,2,\n';

async function files() {
  return [{ uploadId: await upload(env, 'red.csv', text(TIES)), name: 'red.csv' }];
}

describe('column mapping', () => {
  it('shows the recognised roles, follows a changed mapping and imports what it says', async () => {
    const uploaded = await files();
    const first = await env.call('imports.preview', { files: uploaded });
    expect(first.tables).toEqual([
      {
        file: 'red.csv',
        sheet: null,
        table: 'actors',
        headers: ['quien', 'con quien', 'relacion', 'monto', 'comentario'],
        detected: ['attribute', 'attribute', 'attribute', 'attribute', 'attribute'],
        roles: ['attribute', 'attribute', 'attribute', 'attribute', 'attribute'],
      },
    ]);
    expect(first.blocked).toBe(true);

    // Read it as a ties table: the recognition for ties finds "relacion" as the type.
    const asTies = await env.call('imports.preview', {
      files: uploaded,
      mapping: [{ file: 'red.csv', table: 'ties' }],
    });
    expect(asTies.tables[0]?.detected).toEqual([
      'attribute',
      'attribute',
      'type',
      'attribute',
      'attribute',
    ]);
    // Nothing says which columns hold the ends yet: one error about the whole file.
    expect(asTies.problems.map((problem) => [problem.code, problem.place])).toEqual([
      ['noEndColumns', { file: 'red.csv' }],
    ]);
    expect(asTies.blocked).toBe(true);

    const mapping = [
      {
        file: 'red.csv',
        table: 'ties' as const,
        roles: ['source', 'target', 'type', 'weight', 'ignore'] as const,
      },
    ];
    const chosen = await env.call('imports.preview', {
      files: uploaded,
      mapping: mapping.map((table) => ({ ...table, roles: [...table.roles] })),
    });
    expect(chosen.blocked).toBe(false);
    expect(chosen.tables[0]?.roles).toEqual(['source', 'target', 'type', 'weight', 'ignore']);
    expect(chosen.sample.ties.map((tie) => [tie.source, tie.target, tie.weight])).toEqual([
      [expect.any(String), expect.any(String), 5],
      [expect.any(String), expect.any(String), 2],
    ]);

    const result = await env.call('imports.commit', {
      files: uploaded,
      mapping: mapping.map((table) => ({ ...table, roles: [...table.roles] })),
    });
    expect(result.counts).toMatchObject({ actorsAdded: 3, tiesAdded: 2, errors: 0 });
    const actors = await env.call('actors.list', {});
    const nameOf = new Map(actors.map((actor) => [actor.id as string, actor.name]));
    const ties = await env.call('ties.list', {});
    expect(
      ties.map((tie) => [
        nameOf.get(tie.source),
        nameOf.get(tie.target),
        tie.weight,
        tie.attributes,
      ]),
    ).toEqual([
      // The ignored "comentario" column is not kept; nothing is left as an attribute.
      ['Norte', 'Sur', 5, {}],
      ['Sur', 'Este', 2, {}],
    ]);
  });

  it('keeps unmapped columns as attributes', async () => {
    const result = await env.call('imports.commit', {
      files: await files(),
      mapping: [
        { file: 'red.csv', table: 'ties', roles: ['source', 'target', 'type', 'attribute'] },
      ],
    });
    expect(result.counts.tiesAdded).toBe(2);
    const ties = await env.call('ties.list', {});
    expect(ties[0]?.attributes).toEqual({ monto: 5, comentario: 'desde 2019' });
  });

  it('refuses two columns mapped as the source, naming them, and writes nothing', async () => {
    const request = {
      files: await files(),
      mapping: [
        {
          file: 'red.csv',
          table: 'ties' as const,
          roles: ['source', 'source', 'target', 'attribute', 'attribute'] as (
            'source' | 'target' | 'attribute'
          )[],
        },
      ],
    };
    const preview = await env.call('imports.preview', request);
    expect(preview.blocked).toBe(true);
    expect(preview.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'mappingRoleTwice',
        params: expect.objectContaining({ role: 'source', columns: '"quien", "con quien"' }),
      }),
    ]);
    const refused = await env.raw('imports.commit', request);
    expect(refused).toMatchObject({ ok: false, error: { code: 'import.blocked' } });
    expect(await env.call('ties.list', {})).toEqual([]);
  });

  it('refuses a mapping that names a file outside the import', async () => {
    const refused = await env.raw('imports.preview', {
      files: await files(),
      mapping: [{ file: 'otro.csv', table: 'ties', roles: null }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'mapping.0.file' } },
    });
  });

  it('says that a fixed-structure format has no columns to map', async () => {
    const gexf =
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>';
    const preview = await env.call('imports.preview', {
      files: [{ uploadId: await upload(env, 'red.gexf', text(gexf)), name: 'red.gexf' }],
    });
    expect(preview.counts.tiesAdded).toBe(1);
    expect(preview.tables).toEqual([]);
  });
});
