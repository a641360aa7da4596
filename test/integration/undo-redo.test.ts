import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend.ts';
import { dispatch } from '../../electron/backend/dispatch.ts';
import { headlessHost } from '../../electron/backend/host.ts';
import { sampleDir, tempBackend } from '../support/temp-backend.ts';
import { upload } from '../support/upload.ts';

let env: ReturnType<typeof tempBackend>;

beforeEach(async () => {
  env = tempBackend();
  await env.call('project.create', {
    name: 'Deshacer',
    target: { via: 'projectsFolder', name: 'deshacer' },
  });
  await env.call('actors.upsert', { id: 'a', name: 'Colectivo A', sector: 'cso' });
  await env.call('actors.upsert', { id: 'b', name: 'Gobierno B', sector: 'government' });
  await env.call('ties.upsert', { id: 't', source: 'a', target: 'b', type: 'collaboration' });
  await env.call('groups.upsert', { id: 'g', name: 'Comunidad' });
  await env.call('groups.setMembers', {
    groupId: 'g',
    members: [{ groupId: 'g', actorId: 'a', joined: '2018-01-01', left: null }],
  });
  await env.call('events.upsert', { id: 'e', name: 'Encuentro', start: '2019-05-01' });
  await env.call('events.setParticipation', {
    eventId: 'e',
    participation: [{ eventId: 'e', actorId: 'a', role: '' }],
  });
});
afterEach(() => env.dispose());

/**
 * Everything but the logs: undo must bring all of it back exactly. The change log and the
 * record of imports are provenance: an import that was undone still happened.
 */
function state(): string {
  const db = env.backend.session.db;
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('changes', 'imports', 'sqlite_sequence', 'schema_migrations') ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(table);
    hash.update(
      JSON.stringify(
        db
          .prepare(`SELECT * FROM "${table}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ),
    );
  }
  return hash.digest('hex');
}

const edits: [string, () => Promise<unknown>][] = [
  ['adding an actor', () => env.call('actors.upsert', { name: 'Nuevo', sector: null })],
  [
    'editing an actor',
    () =>
      env.call('actors.upsert', {
        id: 'a',
        name: 'Colectivo A (nuevo nombre)',
        sector: 'iso',
        region: 'Sonora',
      }),
  ],
  [
    'deleting an actor with its ties, membership and attendance',
    () => env.call('actors.delete', { id: 'a', cascade: true }),
  ],
  [
    'adding a tie',
    () =>
      env.call('ties.upsert', {
        source: 'b',
        target: 'a',
        type: 'funding',
        spells: [{ start: '2019-01-01', end: null }],
      }),
  ],
  [
    'editing a tie',
    () =>
      env.call('ties.upsert', {
        id: 't',
        source: 'a',
        target: 'b',
        type: 'alliance',
        weight: 3,
        status: 'potential',
      }),
  ],
  ['deleting a tie', () => env.call('ties.delete', { id: 't' })],
  [
    'adding a sector',
    () =>
      env.call('sectors.upsert', {
        key: 'iglesia',
        labelEs: 'Iglesia',
        labelEn: 'Church',
        colour: '#123456',
        position: 20,
      }),
  ],
  ['deleting an unused tie type', () => env.call('tieTypes.delete', { key: 'referral' })],
  [
    'changing a group’s members',
    () =>
      env.call('groups.setMembers', {
        groupId: 'g',
        members: [{ groupId: 'g', actorId: 'b', joined: null, left: null }],
      }),
  ],
  ['deleting a group', () => env.call('groups.delete', { id: 'g' })],
  [
    'changing who attended an event',
    () => env.call('events.setParticipation', { eventId: 'e', participation: [] }),
  ],
  ['deleting an event', () => env.call('events.delete', { id: 'e' })],
  ['adding a wave', () => env.call('waves.upsert', { name: 'Ola 1', date: '2018-01-15' })],
  ['merging two actors', () => env.call('actors.merge', { keepId: 'b', mergeId: 'a' })],
  [
    'an import',
    async () => {
      const csv = new TextEncoder().encode(
        'source,target\nColectivo A,Nueva OSC\nNueva OSC,Otra\n',
      );
      const uploadId = await upload(env, 'red.csv', csv);
      return env.call('imports.commit', { files: [{ uploadId, name: 'red.csv' }] });
    },
  ],
];

describe('undo and redo', () => {
  it.each(edits)('takes back and puts back %s exactly', async (_name, edit) => {
    const before = state();
    await edit();
    const after = state();
    expect(after).not.toBe(before);
    await env.call('changes.undo', {});
    expect(state()).toBe(before);
    await env.call('changes.redo', {});
    expect(state()).toBe(after);
    await env.call('changes.undo', {});
    expect(state()).toBe(before);
  });

  it('undoes several edits in reverse order, and a new edit clears the redo list', async () => {
    const start = state();
    await env.call('actors.upsert', { id: 'x', name: 'Uno', sector: null });
    const one = state();
    await env.call('ties.upsert', { source: 'x', target: 'a', type: 'collaboration' });
    await env.call('changes.undo', {});
    expect(state()).toBe(one);
    await env.call('changes.undo', {});
    expect(state()).toBe(start);
    await env.call('waves.upsert', { name: 'Ola', date: '2019-01-01' });
    expect(await env.raw('changes.redo', {})).toMatchObject({
      ok: false,
      error: { code: 'changes.nothingToRedo' },
    });
  });

  it('says when there is nothing to undo', async () => {
    const fresh = tempBackend();
    try {
      await fresh.call('project.create', {
        name: 'Vacío',
        target: { via: 'projectsFolder', name: 'vacio' },
      });
      expect(await fresh.raw('changes.undo', {})).toMatchObject({
        ok: false,
        error: { code: 'changes.nothingToUndo' },
      });
      expect(await fresh.call('changes.history', {})).toEqual({ canUndo: null, canRedo: null });
    } finally {
      fresh.dispose();
    }
  });

  it('still undoes after the project is closed and opened again', async () => {
    await env.call('actors.upsert', { id: 'z', name: 'Después', sector: null });
    const path = env.backend.session.path;
    env.backend.close();
    const reopened = createBackend({ userDataDir: env.dir, sampleDir, host: headlessHost });
    try {
      reopened.openStartupProject(path);
      const result = await dispatch(reopened.handlers, 'changes.undo', {});
      expect(result).toMatchObject({ ok: true, value: { operation: 'actors.upsert' } });
      const actors = await dispatch(reopened.handlers, 'actors.list', {});
      expect(actors.ok && (actors.value as { id: string }[]).some((a) => a.id === 'z')).toBe(false);
    } finally {
      reopened.close();
    }
  });
});
