import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkPage, NetworkQuery } from '../../shared/api/network.ts';
import { tempBackend } from '../support/temp-backend.ts';

let env: ReturnType<typeof tempBackend>;

beforeEach(async () => {
  env = tempBackend();
  await env.call('project.create', {
    name: 'Páginas',
    target: { via: 'projectsFolder', name: 'paginas' },
  });
  const sectors = ['cso', 'government', 'donor'];
  const ids: string[] = [];
  for (let index = 0; index < 12; index += 1) {
    const actor = await env.call('actors.upsert', {
      name: `Actor ${index}`,
      sector: sectors[index % 3]!,
    });
    ids.push(actor.id);
  }
  for (let index = 0; index < 20; index += 1) {
    await env.call('ties.upsert', {
      source: ids[index % 12]!,
      target: ids[(index * 5 + 1) % 12]!,
      type: 'collaboration',
      spells: [{ start: index % 2 ? '2019-01-01' : '2021-01-01', end: null }],
    });
  }
});
afterEach(() => env.dispose());

function range(offset: number, limit: number) {
  return { offset, limit };
}

/** Every page of a query, `size` elements of each list per page, checked to share a revision. */
async function allPages(query: NetworkQuery, size: number) {
  const first = await env.call('network.page', {
    query,
    actors: range(0, size),
    ties: range(0, size),
  });
  const pages: NetworkPage[] = [first];
  const longest = Math.max(first.totals.actors, first.totals.ties);
  for (let offset = size; offset < longest; offset += size) {
    pages.push(
      await env.call('network.page', {
        query,
        revision: first.revision,
        actors: range(offset, size),
        ties: range(offset, size),
      }),
    );
  }
  expect(new Set(pages.map((page) => page.revision))).toEqual(new Set([first.revision]));
  return {
    ...first,
    actors: pages.flatMap((page) => page.actors),
    ties: pages.flatMap((page) => page.ties),
  };
}

describe('the network in pages', () => {
  it('joins into exactly what network.get answers, for any query', async () => {
    for (const query of [{}, { at: '2020-06-01' }, { sectors: ['cso', 'donor'] }]) {
      const whole = await env.call('network.get', query);
      const joined = await allPages(query, 5);
      expect(joined.totals).toEqual({ actors: whole.actors.length, ties: whole.ties.length });
      expect(joined.actors).toEqual(whole.actors);
      expect(joined.ties).toEqual(whole.ties);
      expect(joined.sectors).toEqual(whole.sectors);
      expect(joined.tieTypes).toEqual(whole.tieTypes);
    }
    expect((await env.call('network.get', { at: '2020-06-01' })).ties).toHaveLength(10);
  });

  it('answers nothing past the end of a list', async () => {
    const page = await env.call('network.page', {
      query: {},
      actors: range(50, 10),
      ties: range(18, 10),
    });
    expect(page.actors).toEqual([]);
    expect(page.ties).toHaveLength(2);
  });

  it('keeps the revision while nothing is written and moves it on every edit', async () => {
    const ask = () =>
      env.call('network.page', { query: {}, actors: range(0, 1), ties: range(0, 1) });
    const before = await ask();
    await env.call('actors.list', {});
    expect((await ask()).revision).toBe(before.revision);
    const [actor] = await env.call('actors.list', {});
    await env.call('actors.upsert', { ...actor!, name: 'Renombrado' });
    const edited = await ask();
    expect(edited.revision).not.toBe(before.revision);
    await env.call('changes.undo', {});
    expect((await ask()).revision).not.toBe(edited.revision);
  });

  it('sees what another connection wrote to the project file (tejido import, say)', async () => {
    const ask = () =>
      env.call('network.page', { query: {}, actors: range(0, 1), ties: range(0, 1) });
    const before = await ask();
    const other = new Database((await env.call('project.info', {})).path);
    other
      .prepare(
        "INSERT INTO actors (id, name, sector, kind) VALUES ('x1', 'Otra', 'cso', 'organisation')",
      )
      .run();
    other.close();
    const after = await ask();
    expect(after.revision).not.toBe(before.revision);
    expect(after.totals.actors).toBe(before.totals.actors + 1);
  });

  it('cuts later pages from the first page’s state even after an edit', async () => {
    const first = await env.call('network.page', {
      query: {},
      actors: range(0, 6),
      ties: range(0, 10),
    });
    const [tie] = await env.call('ties.list', {});
    await env.call('ties.delete', { id: tie!.id });
    const second = await env.call('network.page', {
      query: {},
      revision: first.revision,
      actors: range(6, 6),
      ties: range(10, 10),
    });
    expect(second.revision).toBe(first.revision);
    expect(second.totals.ties).toBe(20);
    expect(second.ties).toHaveLength(10);
    const fresh = await env.call('network.page', {
      query: {},
      actors: range(0, 6),
      ties: range(0, 10),
    });
    expect(fresh.revision).not.toBe(first.revision);
    expect(fresh.totals.ties).toBe(19);
  });

  it('lets a kept state go half a minute after its last page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const ask = (revision?: string) =>
        env.call('network.page', { query: {}, revision, actors: range(0, 1), ties: range(0, 1) });
      const first = await ask();
      const [tie] = await env.call('ties.list', {});
      await env.call('ties.delete', { id: tie!.id });
      vi.advanceTimersByTime(29_000);
      expect((await ask(first.revision)).revision).toBe(first.revision);
      vi.advanceTimersByTime(30_000);
      const later = await ask(first.revision);
      expect(later.revision).not.toBe(first.revision);
      expect(later.totals.ties).toBe(19);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names a reopened project’s state differently, though it counts from zero again', async () => {
    const ask = () =>
      env.call('network.page', { query: {}, actors: range(0, 1), ties: range(0, 1) });
    const before = await ask();
    const [project] = await env.call('project.recent', {});
    await env.call('project.open', { target: { via: 'recent', path: project!.path } });
    const after = await ask();
    expect(after.revision).not.toBe(before.revision);
    expect(after.totals).toEqual(before.totals);
  });

  it('refuses pages larger than the limit and negative offsets', async () => {
    for (const bad of [
      { query: {}, actors: range(0, 20_001), ties: range(0, 1) },
      { query: {}, actors: range(-1, 1), ties: range(0, 1) },
      { query: { at: 'yesterday' }, actors: range(0, 1), ties: range(0, 1) },
    ]) {
      expect(await env.raw('network.page', bad)).toMatchObject({
        ok: false,
        error: { code: 'input.invalid' },
      });
    }
  });
});
