import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TejidoError } from '../../shared/api/errors.ts';
import { tempBackend } from '../support/temp-backend.ts';
import { workshopBackend } from '../support/workshop-backend.ts';

let env: Awaited<ReturnType<typeof workshopBackend>>;

beforeEach(async () => {
  env = await workshopBackend();
  await env.call('actors.upsert', { id: 'a', name: 'Colectivo A', sector: 'cso' });
  await env.call('actors.upsert', { id: 'b', name: 'Gobierno B', sector: 'government' });
  await env.call('actors.upsert', { id: 'c', name: 'Fundación C', sector: 'donor' });
  await env.call('workshops.upsert', {
    id: 'w',
    name: 'Taller Tijuana',
    date: '2026-11-20',
    question: '¿Con quién trabajamos para prevenir la violencia?',
  });
});
afterEach(() => env.dispose());

/** Every table but the logs, as one hash (as in undo-redo.test.ts). */
function state(): string {
  const db = env.backend.session.db;
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('changes', 'imports', 'sqlite_sequence') ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).all();
    hash.update(table + JSON.stringify(rows.map((row) => JSON.stringify(row)).sort()));
  }
  return hash.digest('hex');
}

/** Phones see and name only the session's actors: the room puts a, b and c on its map. */
async function putOnSessionMap() {
  if ((await env.call('workshops.contents', { id: 'w' })).actorIds.length > 0) return;
  for (const actor of [
    { id: 'a', name: 'Colectivo A', sector: 'cso' },
    { id: 'b', name: 'Gobierno B', sector: 'government' },
    { id: 'c', name: 'Fundación C', sector: 'donor' },
  ]) {
    await env.call('workshops.addActor', { workshopId: 'w', actor });
  }
}

async function joinAs(actorId: string) {
  await putOnSessionMap();
  const status = await env.call('workshops.shareStart', { workshopId: 'w' });
  return env.phone().join({ code: status.joinCode, actorId }, '192.0.2.50');
}

function proposeTie(token: string, source = 'a', target = 'b') {
  return env
    .phone()
    .propose(token, { kind: 'tie', source, target, type: 'collaboration', status: 'potential' });
}

describe('workshop sessions', () => {
  it('creates, lists, edits and deletes a session', async () => {
    const made = await env.call('workshops.upsert', { name: 'Hermosillo', date: '2026-12-01' });
    expect(made).toMatchObject({ name: 'Hermosillo', place: '', nextSteps: '' });
    expect((await env.call('workshops.list', {})).map((w) => w.id)).toEqual([made.id, 'w']);
    await env.call('workshops.upsert', { ...made, nextSteps: 'Visitar al DIF' });
    expect((await env.call('workshops.contents', { id: made.id })).workshop.nextSteps).toBe(
      'Visitar al DIF',
    );
    await env.call('workshops.delete', { id: made.id });
    expect(await env.raw('workshops.contents', { id: made.id })).toMatchObject({
      ok: false,
      error: { code: 'workshop.notFound' },
    });
  });

  it('tags actors and ties with the session; workshop ties have evidence = workshop', async () => {
    const actor = await env.call('workshops.addActor', {
      workshopId: 'w',
      actor: { name: 'Red de Mujeres', sector: 'cso' },
    });
    const tie = await env.call('workshops.addTie', {
      workshopId: 'w',
      tie: { source: actor.id, target: 'b', type: 'collaboration', evidence: 'survey' },
    });
    expect(tie.evidence).toBe('workshop');
    expect(env.events).toContainEqual({ kind: 'data.changed' });
    await env.call('workshops.rate', {
      workshopId: 'w',
      actorId: 'b',
      influence: 5,
      stance: 'neutral',
    });
    const contents = await env.call('workshops.contents', { id: 'w' });
    expect(contents.actorIds).toEqual([actor.id]);
    expect(contents.tieIds).toEqual([tie.id]);
    expect(contents.ratings).toEqual([
      { workshopId: 'w', actorId: 'b', influence: 5, stance: 'neutral' },
    ]);
    // One edit = one undo step: the tie and its tag go together.
    await env.call('changes.undo', {});
    expect((await env.call('workshops.contents', { id: 'w' })).ratings).toEqual([]);
    await env.call('changes.undo', {});
    const after = await env.call('workshops.contents', { id: 'w' });
    expect(after.tieIds).toEqual([]);
    expect((await env.call('ties.list', {})).length).toBe(0);
  });

  it('adds a tie typed with new names and its new actors as one undo step', async () => {
    const before = state();
    const tie = await env.call('workshops.addTie', {
      workshopId: 'w',
      tie: { source: 'n1', target: 'a', type: 'collaboration' },
      newActors: [{ id: 'n1', name: 'Casa de la Juventud', sector: 'cso' }],
    });
    expect(tie).toMatchObject({ source: 'n1', target: 'a', evidence: 'workshop' });
    const actors = await env.call('actors.list', {});
    expect(actors.find((actor) => actor.id === 'n1')).toMatchObject({
      name: 'Casa de la Juventud',
      sector: 'cso',
    });
    const contents = await env.call('workshops.contents', { id: 'w' });
    expect(contents.actorIds).toEqual(['n1']);
    expect(contents.tieIds).toEqual([tie.id]);
    expect((await env.call('changes.history', {})).canUndo?.operation).toBe('workshops.addTie');
    await env.call('changes.undo', {});
    expect(state()).toBe(before);
  });

  it('refuses a "new" actor whose id is taken, writing nothing', async () => {
    const before = state();
    expect(
      await env.raw('workshops.addTie', {
        workshopId: 'w',
        tie: { source: 'a', target: 'b', type: 'collaboration' },
        newActors: [{ id: 'a', name: 'Otro nombre', sector: null }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'actor.idTaken' } });
    expect(state()).toBe(before);
  });

  it('refuses ratings of unknown actors and edits in unknown sessions, writing nothing', async () => {
    const before = state();
    expect(
      await env.raw('workshops.rate', {
        workshopId: 'w',
        actorId: 'zz',
        influence: 1,
        stance: 'unknown',
      }),
    ).toMatchObject({ ok: false, error: { code: 'actor.notFound' } });
    expect(
      await env.raw('workshops.addTie', {
        workshopId: 'nope',
        tie: { source: 'a', target: 'b', type: 'collaboration' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'workshop.notFound' } });
    expect(
      await env.raw('workshops.rate', {
        workshopId: 'w',
        actorId: 'a',
        influence: 6,
        stance: 'neutral',
      }),
    ).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(state()).toBe(before);
  });
});

describe('undo and redo of workshop edits', () => {
  const edits: [string, () => Promise<unknown>][] = [
    [
      'creating a session',
      () => env.call('workshops.upsert', { name: 'Otro', date: '2026-01-01' }),
    ],
    [
      'editing a session',
      () => env.call('workshops.upsert', { id: 'w', name: 'Renombrado', date: '2026-11-21' }),
    ],
    [
      'adding an actor in a session',
      () =>
        env.call('workshops.addActor', { workshopId: 'w', actor: { name: 'Nueva', sector: null } }),
    ],
    [
      'tagging an existing actor',
      () =>
        env.call('workshops.addActor', {
          workshopId: 'w',
          actor: { id: 'a', name: 'Colectivo A', sector: 'iso' },
        }),
    ],
    [
      'adding a tie in a session',
      () =>
        env.call('workshops.addTie', {
          workshopId: 'w',
          tie: { source: 'a', target: 'c', type: 'funding', status: 'potential' },
        }),
    ],
    [
      'rating an actor',
      () =>
        env.call('workshops.rate', {
          workshopId: 'w',
          actorId: 'c',
          influence: 3,
          stance: 'supports',
        }),
    ],
    [
      'accepting a tie proposal',
      async () => {
        const { participantToken } = await joinAs('a');
        const { proposal } = proposeTie(participantToken);
        await env.call('workshops.shareStop', {});
        return env.call('workshops.decide', { proposalId: proposal.id, decision: 'accept' });
      },
    ],
    [
      'rejecting a rating proposal',
      async () => {
        const { participantToken } = await joinAs('a');
        const { proposal } = env.phone().propose(participantToken, {
          kind: 'rating',
          actorId: 'b',
          influence: 2,
          stance: 'opposes',
        });
        await env.call('workshops.shareStop', {});
        return env.call('workshops.decide', { proposalId: proposal.id, decision: 'reject' });
      },
    ],
    [
      'deleting a session with its tags, ratings, participants and proposals',
      async () => {
        await env.call('workshops.addTie', {
          workshopId: 'w',
          tie: { source: 'a', target: 'b', type: 'collaboration' },
        });
        await env.call('workshops.rate', {
          workshopId: 'w',
          actorId: 'a',
          influence: 1,
          stance: 'neutral',
        });
        const { participantToken } = await joinAs('a');
        proposeTie(participantToken, 'b', 'c');
        await env.call('workshops.shareStop', {});
        return env.call('workshops.delete', { id: 'w' });
      },
    ],
  ];

  it.each(edits)('takes back and puts back %s exactly', async (_name, edit) => {
    // Set-up steps inside `edit` may be edits of their own; only the last one is compared.
    await edit();
    const after = state();
    await env.call('changes.undo', {});
    const undone = state();
    expect(undone).not.toBe(after);
    await env.call('changes.redo', {});
    expect(state()).toBe(after);
    await env.call('changes.undo', {});
    expect(state()).toBe(undone);
  });

  it('one Ctrl+Z removes an accepted tie and puts its proposal back to pending', async () => {
    const { participantToken } = await joinAs('a');
    const { proposal } = proposeTie(participantToken);
    const decided = await env.call('workshops.decide', {
      proposalId: proposal.id,
      decision: 'accept',
    });
    expect(decided.status).toBe('accepted');
    const [tie] = await env.call('ties.list', {});
    expect(tie).toMatchObject({
      source: 'a',
      target: 'b',
      status: 'potential',
      evidence: 'workshop',
    });
    expect((await env.call('workshops.contents', { id: 'w' })).tieIds).toEqual([tie?.id]);
    expect(await env.call('changes.undo', {})).toMatchObject({ operation: 'workshops.decide' });
    expect(await env.call('ties.list', {})).toEqual([]);
    const [back] = await env.call('workshops.proposals', { workshopId: 'w' });
    expect(back).toMatchObject({ id: proposal.id, status: 'pending', decidedAt: null });
  });

  it('undoes an acceptance even when the same tie was proposed again meanwhile', async () => {
    const { participantToken } = await joinAs('a');
    const first = proposeTie(participantToken);
    await env.call('workshops.decide', { proposalId: first.proposal.id, decision: 'accept' });
    const again = proposeTie(participantToken);
    expect(again.duplicate).toBe(false);
    await env.call('changes.undo', {});
    const pending = await env.call('workshops.proposals', { workshopId: 'w' });
    expect(pending.map((p) => [p.id, p.status])).toEqual([
      [first.proposal.id, 'pending'],
      [again.proposal.id, 'pending'],
    ]);
    await env.call('changes.redo', {});
    expect(await env.call('ties.list', {})).toHaveLength(1);
  });

  it('does not put participants’ proposals on the facilitator’s undo list', async () => {
    await putOnSessionMap();
    await env.call('workshops.rate', {
      workshopId: 'w',
      actorId: 'a',
      influence: 1,
      stance: 'neutral',
    });
    const { participantToken } = await joinAs('b');
    proposeTie(participantToken);
    expect(await env.call('changes.history', {})).toMatchObject({
      canUndo: { operation: 'workshops.rate' },
    });
  });

  it('refuses to decide a proposal twice', async () => {
    const { participantToken } = await joinAs('a');
    const { proposal } = proposeTie(participantToken);
    await env.call('workshops.decide', { proposalId: proposal.id, decision: 'reject' });
    expect(
      await env.raw('workshops.decide', { proposalId: proposal.id, decision: 'accept' }),
    ).toMatchObject({ ok: false, error: { code: 'proposal.decided' } });
  });
});

describe('participants (without the network)', () => {
  it('makes two identical tie proposals one, either way round for an undirected type', async () => {
    const first = await joinAs('a');
    const second = env
      .phone()
      .join(
        { code: (await env.call('workshops.shareStatus', {})).joinCode ?? '', actorId: 'b' },
        '192.0.2.51',
      );
    const one = proposeTie(first.participantToken, 'a', 'b');
    const two = proposeTie(second.participantToken, 'b', 'a');
    expect(one.duplicate).toBe(false);
    expect(two).toMatchObject({ duplicate: true, proposal: { id: one.proposal.id } });
    expect(await env.call('workshops.proposals', { workshopId: 'w' })).toHaveLength(1);
    expect(env.events).toContainEqual({ kind: 'proposals.changed', workshopId: 'w' });
  });

  it('a new organisation becomes an actor proposal; accepting it links the participant', async () => {
    await putOnSessionMap();
    const status = await env.call('workshops.shareStart', { workshopId: 'w' });
    const joined = env
      .phone()
      .join(
        { code: status.joinCode, newOrganisation: { name: 'Casa Migrante', sector: 'cso' } },
        '192.0.2.60',
      );
    expect(joined.participant.actorId).toBeNull();
    const rating = { kind: 'rating', actorId: 'a', influence: 4, stance: 'supports' } as const;
    const signed = env.phone().propose(joined.participantToken, rating);
    expect(signed.proposal.proposedBy).toBe('Casa Migrante');
    const [proposal] = await env.call('workshops.proposals', { workshopId: 'w' });
    expect(proposal).toMatchObject({
      body: { kind: 'actor', name: 'Casa Migrante', sector: 'cso' },
      proposedBy: 'Casa Migrante',
    });
    await env.call('workshops.decide', { proposalId: proposal?.id ?? '', decision: 'accept' });
    const actor = (await env.call('actors.list', {})).find((a) => a.name === 'Casa Migrante');
    expect(actor).toBeDefined();
    const row = env.backend.session.db
      .prepare('SELECT actor_id FROM participants WHERE id = ?')
      .pluck()
      .get(joined.participant.id);
    expect(row).toBe(actor?.id);
    expect((await env.call('workshops.contents', { id: 'w' })).actorIds).toEqual([
      'a',
      'b',
      'c',
      actor?.id,
    ]);
  });

  it('answers shareStart with share.unavailable on a host without a LAN (the CLI)', async () => {
    const headless = tempBackend();
    try {
      await headless.call('project.create', {
        name: 'Sin red',
        target: { via: 'projectsFolder', name: 'sin-red' },
      });
      await headless.call('workshops.upsert', { id: 'w', name: 'Taller', date: '2026-11-20' });
      expect(await headless.raw('workshops.shareStart', { workshopId: 'w' })).toMatchObject({
        ok: false,
        error: { code: 'share.unavailable' },
      });
      expect(await headless.call('workshops.shareStatus', {})).toMatchObject({ active: false });
    } finally {
      headless.dispose();
    }
  });

  it('refuses deleting a shared session; stopping ends the share', async () => {
    await env.call('workshops.shareStart', { workshopId: 'w' });
    expect(await env.raw('workshops.delete', { id: 'w' })).toMatchObject({
      ok: false,
      error: { code: 'workshop.shared' },
    });
    const stopped = await env.call('workshops.shareStop', {});
    expect(stopped).toEqual({
      active: false,
      workshopId: null,
      joinCode: null,
      urls: [],
      participants: 0,
    });
    expect(() => env.phone()).toThrow();
  });

  it('rejects a wrong join code with share.badCode', async () => {
    await env.call('workshops.shareStart', { workshopId: 'w' });
    expect(() => env.phone().join({ code: 'WRONG1', actorId: 'a' }, '192.0.2.70')).toThrow(
      expect.objectContaining({ code: 'share.badCode' }) as TejidoError,
    );
  });
});
