import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SHARE_LIMITS,
  type ParticipantApi,
} from '../../electron/backend/workshop/participant-service.ts';
import { lanAddresses, lanShare } from '../../electron/server/lan-share.ts';
import { lanShareEnv, rawRequest } from '../support/lan-share-env.ts';

let env: Awaited<ReturnType<typeof lanShareEnv>>;

beforeEach(async () => {
  env = await lanShareEnv();
});
afterEach(() => env.dispose());

function post(base: string, path: string, body: unknown, token?: string) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function join(base: string, code: string, actorId = 'a') {
  const response = await post(base, '/p/join', { code, actorId, displayName: 'Ana' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { participantToken: string }).participantToken;
}

const tie = { kind: 'tie', source: 'a', target: 'c', type: 'collaboration', status: 'potential' };

describe('sharing a workshop on the LAN', () => {
  it('lists join URLs with the code in the fragment; the code is 6 unambiguous characters', async () => {
    const { status, port } = await env.share();
    expect(status.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/);
    expect(status.urls).toEqual([`http://127.0.0.1:${port}/join#${status.joinCode}`]);
    expect(status).toMatchObject({ active: true, workshopId: 'w', participants: 0 });
  });

  it('joins with the code (any case, with spaces), shows the map without notes, takes a proposal', async () => {
    const { status, base } = await env.share();
    const code = status.joinCode ?? '';
    const token = await join(base, ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `);
    expect((await env.call('workshops.shareStatus', {})).participants).toBe(1);

    const map = await fetch(`${base}/p/map`, { headers: { Authorization: `Bearer ${token}` } });
    expect(map.status).toBe(200);
    const text = await map.text();
    expect(text).toContain('Colectivo A');
    expect(text).not.toContain('SECRETO');
    expect(text).not.toContain('PRIVADO');
    expect(text).not.toContain(env.projectPath);

    const proposed = await post(base, '/p/propose', tie, token);
    expect(proposed.status).toBe(200);
    expect(await proposed.json()).toMatchObject({
      duplicate: false,
      proposal: { status: 'pending', proposedBy: 'Colectivo A', body: tie },
    });
    expect(await env.call('workshops.proposals', { workshopId: 'w' })).toHaveLength(1);
  });

  it('lists the map before joining with the code in X-Join-Code, so a phone can pick its organisation', async () => {
    const { status, base } = await env.share();
    const listed = await fetch(`${base}/p/map`, {
      headers: { 'X-Join-Code': status.joinCode ?? '' },
    });
    expect(listed.status).toBe(200);
    const map = (await listed.json()) as { actors: { name: string }[] };
    expect(map.actors.map((actor) => actor.name)).toContain('Gobierno B');
    const wrong = await fetch(`${base}/p/map`, { headers: { 'X-Join-Code': 'ZZZZZZ' } });
    expect(wrong.status).toBe(401);
    // Wrong codes sent here count like wrong joins.
    for (let i = 1; i < SHARE_LIMITS.wrongCodesPerClient; i += 1) {
      await fetch(`${base}/p/map`, { headers: { 'X-Join-Code': `WRONG${i}` } });
    }
    const blocked = await fetch(`${base}/p/map`, {
      headers: { 'X-Join-Code': status.joinCode ?? '' },
    });
    expect(blocked.status).toBe(429);
  });

  it('shows phones the session’s map only, and takes no reference to the rest of the project', async () => {
    const { status, base } = await env.share();
    const code = status.joinCode ?? '';
    const listed = await fetch(`${base}/p/map`, { headers: { 'X-Join-Code': code } });
    const before = (await listed.json()) as {
      actors: { name: string }[];
      ties: { source: string; target: string }[];
    };
    expect(before.actors.map((actor) => actor.name)).toEqual([
      'Colectivo A',
      'Fundación C',
      'Gobierno B',
    ]);
    // The tie known before the workshop between session actors shows; c–d does not.
    expect(before.ties).toEqual([expect.objectContaining({ source: 'a', target: 'b' })]);
    expect(JSON.stringify(before)).not.toContain('Oculta');

    const refused = await post(base, '/p/join', { code, actorId: 'd' });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'actor.notFound' } });
    const token = await join(base, code);
    const toHidden = await post(base, '/p/propose', { ...tie, target: 'd' }, token);
    expect(toHidden.status).toBe(409);
    expect(await toHidden.json()).toMatchObject({ error: { code: 'tie.unknownActor' } });
    const rateHidden = { kind: 'rating', actorId: 'd', influence: 3, stance: 'neutral' };
    expect((await post(base, '/p/propose', rateHidden, token)).status).toBe(404);

    // Naming it as a new organisation (other case, no legal suffix) brings the project's
    // actor into the session on accept, not a duplicate; the newcomer then speaks for it.
    const joined = await post(base, '/p/join', {
      code,
      newOrganisation: { name: 'empresa oculta d', sector: null },
      displayName: 'Luis',
    });
    expect(joined.status).toBe(200);
    const newcomer = ((await joined.json()) as { participantToken: string }).participantToken;
    const [pending] = await env.call('workshops.proposals', { workshopId: 'w' });
    await env.call('workshops.decide', { proposalId: pending?.id ?? '', decision: 'accept' });
    expect((await env.call('actors.list', {})).map((actor) => actor.id).sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    const after = (await (
      await fetch(`${base}/p/map`, { headers: { Authorization: `Bearer ${newcomer}` } })
    ).json()) as { actors: { name: string }[]; ties: unknown[] };
    expect(after.actors.map((actor) => actor.name)).toContain('Empresa Oculta D, S.A.');
    expect(after.ties).toHaveLength(2);
    const fromD = await post(base, '/p/propose', { ...tie, source: 'd', target: 'b' }, newcomer);
    expect(await fromD.json()).toMatchObject({
      proposal: { proposedBy: 'Empresa Oculta D, S.A.' },
    });
  });

  it('pushes proposals.changed to the app when a proposal arrives', async () => {
    const heard: unknown[] = [];
    env.backend.events.subscribe((event) => heard.push(event));
    const { status, base } = await env.share();
    const token = await join(base, status.joinCode ?? '');
    await post(base, '/p/propose', tie, token);
    expect(heard).toContainEqual({ kind: 'proposals.changed', workshopId: 'w' });
    expect(heard).toContainEqual({ kind: 'share.changed' });
  });

  it('answers a wrong code with 401 and nothing written', async () => {
    const { base } = await env.share();
    const before = await env.call('changes.list', { limit: 1 });
    const response = await post(base, '/p/join', { code: 'ZZZZZZ', actorId: 'a' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'share.badCode' } });
    expect(await env.call('changes.list', { limit: 1 })).toEqual(before);
  });

  it('limits wrong codes per device (429), whatever the code', async () => {
    const { status, base } = await env.share();
    for (let i = 0; i < SHARE_LIMITS.wrongCodesPerClient; i += 1) {
      expect((await post(base, '/p/join', { code: `WRONG${i}`, actorId: 'a' })).status).toBe(401);
    }
    const blocked = await post(base, '/p/join', { code: status.joinCode, actorId: 'a' });
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ error: { code: 'share.tooManyAttempts' } });
    env.advance(SHARE_LIMITS.windowMs + 1);
    expect((await post(base, '/p/join', { code: status.joinCode, actorId: 'a' })).status).toBe(200);
  });

  it('rate-limits proposals per participant (429 share.rateLimited), then lets them through again', async () => {
    const { status, base } = await env.share();
    const token = await join(base, status.joinCode ?? '');
    const other = await join(base, status.joinCode ?? '', 'b');
    for (let i = 0; i < SHARE_LIMITS.proposalsPerParticipant; i += 1) {
      const rating = { kind: 'rating', actorId: 'c', influence: i % 6, stance: 'neutral' };
      expect((await post(base, '/p/propose', rating, token)).status).toBe(200);
    }
    const limited = await post(base, '/p/propose', tie, token);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: { code: 'share.rateLimited' } });
    // Someone else in the room is not slowed down by it.
    expect((await post(base, '/p/propose', tie, other)).status).toBe(200);
    env.advance(SHARE_LIMITS.windowMs + 1);
    expect((await post(base, '/p/propose', tie, token)).status).toBe(200);
  });

  it('two participants proposing the same tie at once make one proposal', async () => {
    const { status, base } = await env.share();
    const first = await join(base, status.joinCode ?? '', 'a');
    const second = await join(base, status.joinCode ?? '', 'b');
    const reversed = { ...tie, source: tie.target, target: tie.source };
    const answers = await Promise.all([
      post(base, '/p/propose', tie, first).then((r) => r.json()),
      post(base, '/p/propose', reversed, second).then((r) => r.json()),
    ]);
    const [one, two] = answers as { duplicate: boolean; proposal: { id: string } }[];
    expect([one?.duplicate, two?.duplicate].sort()).toEqual([false, true]);
    expect(one?.proposal.id).toBe(two?.proposal.id);
    expect(await env.call('workshops.proposals', { workshopId: 'w' })).toHaveLength(1);
  });

  it('ends everything when sharing stops: connection refused, then 401 for old codes and tokens', async () => {
    const { status, base, port } = await env.share();
    const token = await join(base, status.joinCode ?? '');
    expect(await env.call('workshops.shareStop', {})).toMatchObject({ active: false, urls: [] });
    await expect(fetch(`${base}/join`)).rejects.toThrow();
    await expect(rawRequest(port, '/join')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const again = await env.share();
    expect(again.status.joinCode).not.toBe(status.joinCode);
    const oldCode = await post(again.base, '/p/join', { code: status.joinCode, actorId: 'a' });
    expect(oldCode.status).toBe(401);
    const oldToken = await post(again.base, '/p/propose', tie, token);
    expect(oldToken.status).toBe(401);
    expect(await oldToken.json()).toMatchObject({ error: { code: 'share.notParticipant' } });
    const map = await fetch(`${again.base}/p/map`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(map.status).toBe(401);
  });

  it('ends the share when the facilitator opens another project', async () => {
    const { status, base } = await env.share();
    const token = await join(base, status.joinCode ?? '');
    await env.call('project.create', {
      name: 'Otro',
      target: { via: 'projectsFolder', name: 'otro' },
    });
    expect((await env.call('workshops.shareStatus', {})).active).toBe(false);
    await expect(post(base, '/p/propose', tie, token)).rejects.toThrow();
  });
});

describe('what the LAN server refuses', () => {
  it('serves the participant page and its assets with CSP and nosniff', async () => {
    const { port } = await env.share();
    const page = await rawRequest(port, '/join');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Participa');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawRequest(port, '/join?x=1')).status).toBe(200);
    const asset = await rawRequest(port, '/assets/participant-abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it.each([
    '/',
    '/index.html',
    '/participant.html',
    '/api/project.info',
    '/api/events',
    '/taller.tejido',
    '/projects/taller.tejido',
    '/../secret.txt',
    '/assets/../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/secret.txt',
    '/assets/.hidden',
    '/assets/',
    '/join/../index.html',
    '//join',
    '/p/unknown',
    '/etc/passwd',
  ])('answers GET %s with 404', async (path) => {
    const { port } = await env.share();
    const answer = await rawRequest(port, path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('not for the room');
  });

  it('refuses the facilitator operations, even with a body that would be valid', async () => {
    const { port } = await env.share();
    for (const path of ['/api/actors.list', '/api/project.open', '/api/workshops.decide']) {
      const answer = await rawRequest(port, path, { method: 'POST', body: '{}' });
      expect(answer.status).toBe(404);
    }
  });

  it('trusts no Host header but its own address (DNS rebinding), and no foreign Origin', async () => {
    const { port, status } = await env.share();
    const rebound = await rawRequest(port, '/join', { headers: { Host: 'evil.example' } });
    expect(rebound.status).toBe(404);
    const foreign = await rawRequest(port, '/p/join', {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: status.joinCode, actorId: 'a' }),
    });
    expect(foreign.status).toBe(401);
  });

  it('refuses bodies over the size limit (413) and text that is not JSON (400)', async () => {
    const { base, status } = await env.share();
    const big = await post(base, '/p/join', {
      code: status.joinCode,
      actorId: 'a',
      displayName: 'x'.repeat(20_000),
    });
    expect(big.status).toBe(413);
    const bad = await fetch(`${base}/p/join`, { method: 'POST', body: '{"code": ' });
    expect(bad.status).toBe(400);
  });

  it('answers the participant routes with 401 without a token', async () => {
    const { base } = await env.share();
    expect((await fetch(`${base}/p/map`)).status).toBe(401);
    expect((await post(base, '/p/propose', tie)).status).toBe(401);
    expect((await post(base, '/p/propose', tie, 'x'.repeat(43))).status).toBe(401);
  });
});

describe('finding the LAN', () => {
  it('refuses to share with share.noNetwork when the computer has no LAN address', async () => {
    const api = {} as ParticipantApi;
    const host = lanShare({ staticDir: env.dir, hostname: '127.0.0.1', addresses: () => [] });
    await expect(host.start(api)).rejects.toMatchObject({ code: 'share.noNetwork' });
    await host.stop();
  });

  it('lists only IPv4 addresses other devices could reach, never loopback', () => {
    for (const address of lanAddresses()) {
      expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(address.startsWith('127.')).toBe(false);
    }
  });
});
