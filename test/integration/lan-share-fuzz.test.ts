import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanShareEnv } from '../support/lan-share-env.ts';

/**
 * Hostile phones: random and mutated payloads sent to the participant routes over HTTP.
 * Each gets a valid answer or a typed 4xx, never a 500, and a refused payload writes nothing.
 */
const PAYLOADS_PER_ROUTE = 400;

const hostile = fc.constantFrom<unknown>(
  null,
  '',
  -1,
  1e308,
  true,
  [],
  {},
  '__proto__',
  { __proto__: { polluted: true } },
  '../../etc/passwd',
  '\u0000',
  'x'.repeat(20_000),
  '<script>alert(1)</script>',
  '=cmd|calc',
  { $gt: '' },
  [null],
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostile);

function mutate(seed: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(seed);
  return fc.oneof(
    fc.constantFrom(...keys).chain((key) => anyValue.map((value) => ({ ...seed, [key]: value }))),
    fc
      .constantFrom(...keys)
      .map((key) => Object.fromEntries(Object.entries(seed).filter(([k]) => k !== key))),
    fc
      .tuple(fc.string({ maxLength: 12 }), anyValue)
      .map(([key, value]) => ({ ...seed, [key]: value })),
  );
}

function payloads(seed: Record<string, unknown>, salt: number): string[] {
  const arbitrary = fc.oneof(
    { weight: 1, arbitrary: anyValue },
    { weight: 3, arbitrary: mutate(seed) },
  );
  const samples = fc.sample(arbitrary, { numRuns: PAYLOADS_PER_ROUTE, seed: 20261125 + salt });
  return ['{"code": ', '[]', ...samples.map((value) => JSON.stringify(value) ?? 'null')];
}

let env: Awaited<ReturnType<typeof lanShareEnv>>;
let base = '';
let code = '';
let token = '';

beforeAll(async () => {
  env = await lanShareEnv();
  const shared = await env.share();
  base = shared.base;
  code = shared.status.joinCode ?? '';
  const joined = await fetch(`${base}/p/join`, {
    method: 'POST',
    body: JSON.stringify({ code, actorId: 'a' }),
  });
  token = ((await joined.json()) as { participantToken: string }).participantToken;
});
afterAll(() => env.dispose());

function projectState(): string {
  const db = env.backend.session.db;
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  return ['actors', 'ties', 'participants', 'proposals', 'ratings', 'changes'].map(count).join(',');
}

async function barrage(path: string, bodies: string[], headers: Record<string, string> = {}) {
  const statuses = new Map<number, number>();
  for (const body of bodies) {
    // Past every rate limit, so each payload is judged on what it is.
    env.advance(61_000);
    const before = projectState();
    const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
    const answer = (await response.json()) as { error?: { code: string } };
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    expect(response.status, body.slice(0, 200)).not.toBe(500);
    if (response.status >= 400) {
      expect(response.status).toBeLessThan(500);
      expect(typeof answer.error?.code).toBe('string');
      expect(projectState(), body.slice(0, 200)).toBe(before);
    } else {
      expect(response.status).toBe(200);
    }
  }
  return statuses;
}

describe('hostile payloads on the LAN', () => {
  it('POST /p/join: a valid answer or a typed 4xx, nothing written on refusal', async () => {
    const seed = { code, actorId: 'b', displayName: 'Beto' };
    const statuses = await barrage('/p/join', payloads(seed, 1));
    expect(statuses.get(400)).toBeGreaterThan(0);
  });

  it('POST /p/propose: a valid answer or a typed 4xx, nothing written on refusal', async () => {
    const seeds = [
      { kind: 'tie', source: 'a', target: 'b', type: 'collaboration', status: 'potential' },
      { kind: 'rating', actorId: 'c', influence: 3, stance: 'supports' },
      { kind: 'actor', name: 'Casa Migrante', sector: 'cso' },
    ];
    const bodies = seeds.flatMap((seed, index) => payloads(seed, 10 + index));
    const statuses = await barrage('/p/propose', bodies, { Authorization: `Bearer ${token}` });
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
    // The server is still well after the barrage.
    const map = await fetch(`${base}/p/map`, { headers: { Authorization: `Bearer ${token}` } });
    expect(map.status).toBe(200);
  });
});
