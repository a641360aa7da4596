import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../support/temp-backend.ts';

let env: ReturnType<typeof tempBackend>;

beforeEach(async () => {
  env = tempBackend();
  await env.call('project.create', {
    name: 'Prueba',
    target: { via: 'projectsFolder', name: 'prueba' },
  });
});
afterEach(() => env.dispose());

async function addPair() {
  const a = await env.call('actors.upsert', { name: 'Colectivo Norte', sector: 'cso' });
  const b = await env.call('actors.upsert', {
    name: 'Secretaría de Bienestar',
    sector: 'government',
  });
  return { a, b };
}

describe('backend operations', () => {
  it('creates a project with the default sectors and tie types', async () => {
    const info = await env.call('project.info', {});
    expect(info.name).toBe('Prueba');
    expect(info.counts.actors).toBe(0);
    const sectors = await env.call('sectors.list', {});
    expect(sectors.map((s) => s.key)).toContain('government');
    expect(sectors.length).toBeGreaterThanOrEqual(9);
    const types = await env.call('tieTypes.list', {});
    expect(types.find((t) => t.key === 'funding')?.directed).toBe(true);
  });

  it('adds, edits and lists actors, logging each edit with before and after', async () => {
    const { a } = await addPair();
    await env.call('actors.upsert', { ...a, region: 'Sonora' });
    const actors = await env.call('actors.list', {});
    expect(actors.find((x) => x.id === a.id)?.region).toBe('Sonora');
    const changes = await env.call('changes.list', { limit: 10 });
    const edit = changes.find((c) => c.operation === 'actors.upsert' && c.before !== null);
    expect(edit).toMatchObject({ entity: 'actor', entityId: a.id });
    expect(edit?.before).toMatchObject({ region: null });
    expect(edit?.after).toMatchObject({ region: 'Sonora' });
  });

  it('keeps ids exactly as given', async () => {
    const actor = await env.call('actors.upsert', { id: '12', name: 'Doce', sector: null });
    expect(actor.id).toBe('12');
    expect((await env.call('actors.list', {}))[0]?.id).toBe('12');
  });

  it('adds a tie with spells and reads it back at a date', async () => {
    const { a, b } = await addPair();
    const tie = await env.call('ties.upsert', {
      source: a.id,
      target: b.id,
      type: 'collaboration',
      spells: [{ start: '2019-01-01', end: '2020-01-01' }],
    });
    const during = await env.call('network.get', { at: '2019-06-01' });
    const after = await env.call('network.get', { at: '2020-06-01' });
    expect(during.ties.map((t) => t.id)).toEqual([tie.id]);
    expect(after.ties).toEqual([]);
    expect(after.actors).toHaveLength(2);
  });

  it('filters the network by sector and keeps only ties whose both ends remain', async () => {
    const { a, b } = await addPair();
    await env.call('ties.upsert', { source: a.id, target: b.id, type: 'funding' });
    const onlyCso = await env.call('network.get', { sectors: ['cso'] });
    expect(onlyCso.actors.map((x) => x.id)).toEqual([a.id]);
    expect(onlyCso.ties).toEqual([]);
  });

  it('rejects a tie to an unknown actor, naming the end, and writes nothing', async () => {
    const { a } = await addPair();
    const before = await env.call('changes.list', { limit: 1000 });
    const result = await env.raw('ties.upsert', {
      source: a.id,
      target: 'nadie',
      type: 'collaboration',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'tie.unknownActor', params: { field: 'target' } },
    });
    expect(await env.call('ties.list', {})).toEqual([]);
    expect(await env.call('changes.list', { limit: 1000 })).toEqual(before);
  });

  it('answers an invalid input with the field that is wrong', async () => {
    const result = await env.raw('actors.upsert', { name: '', sector: 'cso' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('input.invalid');
    expect(result.error.params.field).toBe('name');
    expect(result.error.issues?.[0]?.path).toBe('name');
  });

  it('rejects unknown fields instead of silently dropping them', async () => {
    const result = await env.raw('actors.upsert', { name: 'X', sector: null, colour: 'red' });
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });

  it('refuses to delete an actor with ties, giving the count, and cascades when confirmed', async () => {
    const { a, b } = await addPair();
    await env.call('ties.upsert', { source: a.id, target: b.id, type: 'collaboration' });
    await env.call('ties.upsert', { source: b.id, target: a.id, type: 'funding' });
    const refused = await env.raw('actors.delete', { id: a.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'actor.hasTies', params: { count: 2 } },
    });
    expect(await env.call('actors.list', {})).toHaveLength(2);
    const done = await env.call('actors.delete', { id: a.id, cascade: true });
    expect(done.deletedTies).toBe(2);
    expect(await env.call('ties.list', {})).toEqual([]);
    const log = await env.call('changes.list', { limit: 10 });
    const batch = log[0]!.batch;
    expect(
      log
        .filter((c) => c.batch === batch)
        .map((c) => c.entity)
        .sort(),
    ).toEqual(['actor', 'tie', 'tie']);
  });

  it('stores groups with dated membership and events with participation', async () => {
    const { a, b } = await addPair();
    const group = await env.call('groups.upsert', { name: 'Comunidad 1' });
    await env.call('groups.setMembers', {
      groupId: group.id,
      members: [
        { groupId: group.id, actorId: a.id, joined: '2018-01-01', left: null },
        { groupId: group.id, actorId: b.id, joined: '2018-01-01', left: '2019-01-01' },
      ],
    });
    const event = await env.call('events.upsert', {
      name: 'Encuentro',
      start: '2018-05-10',
      groupId: group.id,
    });
    await env.call('events.setParticipation', {
      eventId: event.id,
      participation: [{ eventId: event.id, actorId: a.id, role: '' }],
    });
    expect((await env.call('groups.list', {})).members).toHaveLength(2);
    expect((await env.call('events.list', {})).participation).toHaveLength(1);
    const inGroup2019 = await env.call('network.get', { groups: [group.id], at: '2019-06-01' });
    expect(inGroup2019.actors.map((x) => x.id)).toEqual([a.id]);
    await env.call('waves.upsert', { name: 'Ola 1', date: '2018-01-15' });
    expect(await env.call('waves.list', {})).toHaveLength(1);
  });

  it('refuses to delete a sector still in use', async () => {
    await addPair();
    const result = await env.raw('sectors.delete', { key: 'cso' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'sector.inUse', params: { count: 1 } },
    });
  });

  it('saves a copy under a new name and works on the copy', async () => {
    await addPair();
    const copy = await env.call('project.saveAs', {
      name: 'Copia',
      target: { via: 'projectsFolder', name: 'copia' },
    });
    expect(copy.name).toBe('Copia');
    expect(copy.counts.actors).toBe(2);
    expect(copy.path).toMatch(/copia\.tejido$/);
    const recent = await env.call('project.recent', {});
    expect(recent.map((r) => r.name)).toEqual(['Copia', 'Prueba']);
  });

  it('opens only paths from the recent list', async () => {
    const refused = await env.raw('project.open', {
      target: { via: 'recent', path: '/etc/passwd' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'project.notInRecent' } });
    const [first] = await env.call('project.recent', {});
    const reopened = await env.call('project.open', {
      target: { via: 'recent', path: first!.path },
    });
    expect(reopened.name).toBe('Prueba');
  });

  it('says that dialogs need the desktop app', async () => {
    const result = await env.raw('project.open', { target: { via: 'dialog' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'dialog.unavailable' } });
  });

  it('names an unknown operation', async () => {
    expect(await env.raw('actors.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'operation.unknown', params: { name: 'actors.drop' } },
    });
  });
});
