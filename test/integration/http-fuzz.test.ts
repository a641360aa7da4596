import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../../shared/api/operations.ts';
import { tempServer } from '../support/temp-server.ts';

/**
 * Sends at least 1,000 random and mutated payloads to every operation over HTTP. Each must
 * get a valid answer or a typed 4xx error; never a 500, never a crash, and a rejected
 * payload must leave the project unchanged (no write).
 */
const PAYLOADS_PER_OPERATION = 1000;

/** One valid input per operation, the seed that mutations start from. */
const validInputs: Record<OperationName, unknown> = {
  'project.info': {},
  'project.recent': {},
  'project.create': { name: 'Fuzz', target: { via: 'projectsFolder', name: 'fuzz' } },
  'project.open': { target: { via: 'recent', path: '/tmp/none.tejido' } },
  'project.saveAs': { name: 'Copia', target: { via: 'projectsFolder', name: 'copia' } },
  'sectors.list': {},
  'sectors.upsert': { key: 'fuzz', labelEs: 'F', labelEn: 'F', colour: '#123456', position: 1 },
  'sectors.delete': { key: 'media' },
  'tieTypes.list': {},
  'tieTypes.upsert': {
    key: 'fuzz',
    labelEs: 'F',
    labelEn: 'F',
    directed: false,
    colour: '#123456',
    position: 1,
  },
  'tieTypes.delete': { key: 'referral' },
  'actors.list': {},
  'actors.aliases': {},
  'actors.upsert': { id: 'a1', name: 'Colectivo', sector: 'cso', region: 'Sonora' },
  'actors.delete': { id: 'a2', cascade: false },
  'ties.list': { status: 'existing' },
  'ties.upsert': {
    id: 't1',
    source: 'a1',
    target: 'a2',
    type: 'collaboration',
    spells: [{ start: '2019-01-01', end: null }],
  },
  'ties.delete': { id: 't1' },
  'groups.list': {},
  'groups.upsert': { id: 'g1', name: 'Comunidad' },
  'groups.delete': { id: 'g1' },
  'groups.setMembers': {
    groupId: 'g1',
    members: [{ groupId: 'g1', actorId: 'a1', joined: null, left: null }],
  },
  'events.list': {},
  'events.upsert': { id: 'e1', name: 'Encuentro', start: '2019-05-01' },
  'events.delete': { id: 'e1' },
  'events.setParticipation': {
    eventId: 'e1',
    participation: [{ eventId: 'e1', actorId: 'a1', role: '' }],
  },
  'waves.list': {},
  'waves.upsert': { id: 'w1', name: 'Ola', date: '2019-01-15' },
  'waves.delete': { id: 'w1' },
  'network.get': { at: '2019-06-01', sectors: ['cso'] },
  'network.page': {
    query: { at: '2019-06-01' },
    revision: '0.12',
    actors: { offset: 0, limit: 100 },
    ties: { offset: 100, limit: 100 },
  },
  'views.list': {},
  'views.upsert': {
    id: 'v1',
    name: 'Vista',
    positions: { a1: { x: 10, y: -20 } },
    filters: {
      sectors: ['cso'],
      tieTypes: null,
      statuses: ['existing'],
      groups: null,
      regions: null,
      minMeasure: { measure: 'degree', value: 1 },
      ego: { actorId: 'a1', steps: 2 },
    },
    styling: { sizeBy: 'degree', layout: 'force', labels: 'auto' },
    date: '2019-06-01',
  },
  'views.delete': { id: 'v1' },
  'uploads.begin': { name: 'red.csv', size: 12 },
  'uploads.append': {
    uploadId: '00000000-0000-4000-8000-000000000000',
    offset: 0,
    base64: 'YSxiCg==',
  },
  'uploads.discard': { uploadId: '00000000-0000-4000-8000-000000000000' },
  'imports.preview': {
    files: [{ uploadId: '00000000-0000-4000-8000-000000000000', name: 'red.csv' }],
  },
  'imports.commit': {
    files: [{ uploadId: '00000000-0000-4000-8000-000000000000', name: 'red.csv' }],
    skipBadRows: true,
  },
  'imports.list': {},
  'exports.create': { format: 'gexf', pseudonymise: true },
  'actors.duplicates': { threshold: 0.9 },
  'actors.merge': { keepId: 'a1', mergeId: 'a2' },
  'changes.undo': {},
  'changes.redo': {},
  'changes.history': {},
  'changes.list': { limit: 5 },
  'workshops.list': {},
  'workshops.upsert': {
    id: 'ws1',
    name: 'Taller Tijuana',
    date: '2026-11-20',
    question: '¿Con quién trabajamos?',
  },
  'workshops.delete': { id: 'ws2' },
  'workshops.contents': { id: 'ws1' },
  'workshops.addActor': { workshopId: 'ws1', actor: { name: 'Nueva OSC', sector: 'cso' } },
  'workshops.addTie': {
    workshopId: 'ws1',
    tie: { source: 'a1', target: 'a2', type: 'collaboration', status: 'potential' },
  },
  'workshops.rate': { workshopId: 'ws1', actorId: 'a1', influence: 4, stance: 'supports' },
  'workshops.proposals': { workshopId: 'ws1' },
  'workshops.decide': {
    proposalId: '00000000-0000-4000-8000-000000000000',
    decision: 'accept',
  },
  'workshops.shareStart': { workshopId: 'ws1' },
  'workshops.shareStop': {},
  'workshops.shareStatus': {},
};

const hostile = fc.constantFrom<unknown>(
  null,
  '',
  ' ',
  -1,
  0,
  1e308,
  -0,
  true,
  [],
  {},
  '__proto__',
  'constructor',
  { __proto__: { polluted: true } },
  '2019-02-30',
  '0000-00-00',
  '../../etc/passwd',
  '\u0000',
  'x'.repeat(70_000),
  '=cmd|calc',
  '<script>',
  [null],
  { $gt: '' },
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostile);

function mutate(seed: unknown): fc.Arbitrary<unknown> {
  if (seed === null || typeof seed !== 'object' || Array.isArray(seed)) return anyValue;
  const entries = Object.entries(seed);
  const keys = entries.map(([key]) => key);
  return fc.oneof(
    // Replace one field with anything (deeply, for nested objects).
    fc
      .constantFrom(...(keys.length ? keys : ['x']))
      .chain((key) =>
        mutate((seed as Record<string, unknown>)[key]).map((value) => ({ ...seed, [key]: value })),
      ),
    // Drop a field.
    fc
      .constantFrom(...(keys.length ? keys : ['x']))
      .map((key) => Object.fromEntries(entries.filter(([k]) => k !== key))),
    // Add an unknown field.
    fc
      .tuple(fc.string({ maxLength: 12 }), anyValue)
      .map(([key, value]) => ({ ...seed, [key]: value })),
  );
}

function payloadsFor(name: OperationName): string[] {
  const arbitrary = fc.oneof(
    { weight: 1, arbitrary: anyValue },
    { weight: 3, arbitrary: mutate(validInputs[name]) },
  );
  const samples = fc.sample(arbitrary, { numRuns: PAYLOADS_PER_OPERATION - 2, seed: 20261125 });
  // Also bytes that are not JSON at all, and the valid input itself.
  return [
    '{"name": ',
    JSON.stringify(validInputs[name]),
    ...samples.map((value) => JSON.stringify(value) ?? 'null'),
  ];
}

let ctx: Awaited<ReturnType<typeof tempServer>>;

beforeAll(async () => {
  ctx = await tempServer();
  await ctx.env.call('actors.upsert', { id: 'a1', name: 'Uno', sector: 'cso' });
  await ctx.env.call('actors.upsert', { id: 'a2', name: 'Dos', sector: 'government' });
  await ctx.env.call('groups.upsert', { id: 'g1', name: 'Comunidad' });
  await ctx.env.call('events.upsert', { id: 'e1', name: 'Encuentro', start: '2019-05-01' });
  await ctx.env.call('workshops.upsert', { id: 'ws1', name: 'Taller', date: '2026-11-20' });
  await ctx.env.call('workshops.upsert', { id: 'ws2', name: 'Otro', date: '2026-11-21' });
});
afterAll(() => ctx.dispose());

/** A fingerprint of everything a write could change in the open project. */
function projectState(): string {
  const db = ctx.env.backend.session.db;
  const tables = [
    'actors',
    'ties',
    'sectors',
    'tie_types',
    'groups',
    'group_members',
    'events',
    'participation',
    'waves',
    'workshops',
    'workshop_entries',
    'ratings',
    'participants',
    'proposals',
    'changes',
  ];
  return `${ctx.env.backend.session.path}|${tables.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).join(',')}|${db.prepare('SELECT max(seq) FROM changes').pluck().get()}`;
}

describe('HTTP fuzzing', () => {
  it.each(Object.keys(operations) as OperationName[])(
    'answers every payload sent to %s with a valid answer or a typed 4xx, writing nothing on error',
    async (name) => {
      const statuses = new Map<number, number>();
      for (const body of payloadsFor(name)) {
        const before = projectState();
        const response = await ctx.post(name, body);
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
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(PAYLOADS_PER_OPERATION);
      // The server is still alive and well after the barrage.
      expect((await ctx.post('project.info', '{}')).status).toBe(200);
    },
  );
});
