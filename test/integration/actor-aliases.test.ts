import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../support/temp-backend.ts';

let env: ReturnType<typeof tempBackend>;

beforeEach(async () => {
  env = tempBackend();
  await env.call('project.create', {
    name: 'Alias',
    target: { via: 'projectsFolder', name: 'alias' },
  });
});
afterEach(() => env.dispose());

describe('actors.aliases', () => {
  it('is empty before any merge', async () => {
    await env.call('actors.upsert', { name: 'Colectivo Norte', sector: 'cso' });
    expect(await env.call('actors.aliases', {})).toEqual([]);
  });

  it('lists the merged names under the kept actor, and follows undo and redo', async () => {
    const keep = await env.call('actors.upsert', { name: 'Red de Mujeres', sector: 'cso' });
    const first = await env.call('actors.upsert', { name: 'RMS', sector: 'cso' });
    const second = await env.call('actors.upsert', { name: 'Red Mujeres A.C.', sector: null });
    await env.call('actors.merge', { keepId: keep.id, mergeId: first.id });
    await env.call('actors.merge', { keepId: keep.id, mergeId: second.id });

    const aliases = await env.call('actors.aliases', {});
    expect(aliases).toEqual([
      { actorId: keep.id, alias: 'RMS' },
      { actorId: keep.id, alias: 'Red Mujeres A.C.' },
    ]);

    await env.call('changes.undo', {});
    expect(await env.call('actors.aliases', {})).toEqual([{ actorId: keep.id, alias: 'RMS' }]);
    await env.call('changes.redo', {});
    expect(await env.call('actors.aliases', {})).toHaveLength(2);
  });

  it('rejects unknown fields', async () => {
    const result = await env.raw('actors.aliases', { all: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });
});
