import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/api/api-call-error.ts';
import {
  fetchNetwork,
  fetchProjectList,
  laterRanges,
} from '../../../../renderer/api/network-pages.ts';
import { NetworkPageQuery, NetworkSnapshot } from '../../../../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import type { CallResult } from '../../../../shared/api/transport.ts';

/** A plain network: 13,000 actors and 21,000 ties, several pages and slices each way. */
function plainNetwork(actorCount = 13_000, tieCount = 21_000) {
  const actors = Array.from({ length: actorCount }, (_, index) => ({
    id: `a${index}`,
    name: `Actor ${index}`,
    sector: 'cso',
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
  }));
  const ties = Array.from({ length: tieCount }, (_, index) => ({
    id: `t${index}`,
    source: `a${index % actorCount}`,
    target: `a${(index * 7 + 1) % actorCount}`,
    type: 'collaboration',
    weight: 1 + (index % 3),
    status: index % 10 === 0 ? 'potential' : 'existing',
    spells: index % 2 ? [{ start: '2020-01-01', end: null }] : [],
    evidence: null,
    note: '',
    attributes: {},
  }));
  return { actors, ties, sectors: [...DEFAULT_SECTORS], tieTypes: [...DEFAULT_TIE_TYPES] };
}

type Plain = ReturnType<typeof plainNetwork>;
const asked: NetworkPageQuery[] = [];

/**
 * The Electron transport, as the preload exposes it, answering network.page from `network`
 * the way the backend does; `revisionAt` says which project state the n-th call sees.
 */
function backendOf(network: Plain, revisionAt: (call: number) => string = () => '0.7') {
  asked.length = 0;
  const call = (name: string, input: unknown): Promise<CallResult> => {
    if (name !== 'network.page') throw new Error(`unexpected ${name}`);
    const page = NetworkPageQuery.parse(input);
    asked.push(page);
    const cut = <T>(list: T[], { offset, limit }: { offset: number; limit: number }) =>
      list.slice(offset, offset + limit);
    return Promise.resolve({
      ok: true,
      value: {
        ...network,
        actors: cut(network.actors, page.actors),
        ties: cut(network.ties, page.ties),
        revision: revisionAt(asked.length),
        totals: { actors: network.actors.length, ties: network.ties.length },
      },
    });
  };
  Object.assign(globalThis, { window: { tejido: { call } } });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('the network read in pages', () => {
  it('gives what network.get’s schema gives, in pages of one project state', async () => {
    const plain = plainNetwork();
    backendOf(plain);
    const network = await fetchNetwork({ at: '2020-06-01' });
    expect(network).toEqual(NetworkSnapshot.parse(plain));
    expect(asked.map((page) => [page.actors, page.ties])).toEqual([
      [
        { offset: 0, limit: 5000 },
        { offset: 0, limit: 5000 },
      ],
      [
        { offset: 5000, limit: 8000 },
        { offset: 5000, limit: 2000 },
      ],
      [
        { offset: 13_000, limit: 0 },
        { offset: 7000, limit: 10_000 },
      ],
      [
        { offset: 13_000, limit: 0 },
        { offset: 17_000, limit: 4000 },
      ],
    ]);
    expect(asked.map((page) => page.revision)).toEqual([undefined, '0.7', '0.7', '0.7']);
    expect(asked.every((page) => page.query.at === '2020-06-01')).toBe(true);
  });

  it('asks once for a small network', async () => {
    backendOf(plainNetwork(30, 40));
    const network = await fetchNetwork({});
    expect(network.ties).toHaveLength(40);
    expect(asked).toHaveLength(1);
  });

  it('reads again when the project changed between pages', async () => {
    const plain = plainNetwork();
    // The third call sees a new state: the read restarts at the fourth and is whole.
    backendOf(plain, (call) => (call < 3 ? '0.7' : '0.8'));
    const network = await fetchNetwork({});
    expect(network.ties).toHaveLength(21_000);
    expect(asked[3]?.revision).toBeUndefined();
    expect(asked[3]?.actors.offset).toBe(0);
    expect(asked.slice(4).every((page) => page.revision === '0.8')).toBe(true);
  });

  it('gives up with its own error when every read sees another state', async () => {
    backendOf(plainNetwork(), (call) => `0.${call}`);
    const failure = await fetchNetwork({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect((failure as ApiCallError).code).toBe('network.changing');
  });

  it('fails on a malformed tie in a later page, as call does', async () => {
    const plain = plainNetwork();
    Object.assign(plain.ties[15_500]!, { weight: 'heavy' });
    backendOf(plain);
    const failure = await fetchNetwork({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect((failure as ApiCallError).params).toEqual({ reason: 'unexpected answer' });
  });

  it('stops when its screen is gone', async () => {
    backendOf(plainNetwork());
    const controller = new AbortController();
    const reading = fetchNetwork({}, controller.signal);
    controller.abort(new Error('left the screen'));
    await expect(reading).rejects.toThrow('left the screen');
  });

  it('passes the backend’s error on', async () => {
    Object.assign(globalThis, {
      window: {
        tejido: {
          call: () => Promise.resolve({ ok: false, error: { code: 'project.none', params: {} } }),
        },
      },
    });
    const failure = await fetchNetwork({}).catch((error: unknown) => error);
    expect((failure as ApiCallError).code).toBe('project.none');
  });
});

describe('one list of the project in pages', () => {
  it('reads only the ties, a whole page at a time, for the Data screen', async () => {
    const plain = plainNetwork();
    backendOf(plain);
    const ties = await fetchProjectList('ties');
    expect(ties).toEqual(NetworkSnapshot.parse(plain).ties);
    expect(asked.map((page) => [page.actors.limit, page.ties.offset, page.ties.limit])).toEqual([
      [0, 0, 10_000],
      [0, 10_000, 10_000],
      [0, 20_000, 1000],
    ]);
    expect(asked.every((page) => Object.keys(page.query).length === 0)).toBe(true);
  });

  it('reads only the actors', async () => {
    const plain = plainNetwork();
    backendOf(plain);
    const actors = await fetchProjectList('actors');
    expect(actors.map((actor) => actor.id)).toEqual(plain.actors.map((actor) => actor.id));
    expect(asked.map((page) => [page.actors.offset, page.actors.limit, page.ties.limit])).toEqual([
      [0, 10_000, 0],
      [10_000, 3000, 0],
    ]);
  });
});

describe('the ranges after the first page', () => {
  const first = (actors: number, ties: number, totals: { actors: number; ties: number }) => ({
    ...plainNetwork(0, 0),
    actors: Array.from({ length: actors }),
    ties: Array.from({ length: ties }),
    revision: '0.1',
    totals,
  });

  it('takes the rest of the actors first, then fills each page with ties', () => {
    expect(laterRanges(first(2, 2, { actors: 9, ties: 6 }), 4)).toEqual([
      { actors: { offset: 2, limit: 4 }, ties: { offset: 2, limit: 0 } },
      { actors: { offset: 6, limit: 3 }, ties: { offset: 2, limit: 1 } },
      { actors: { offset: 9, limit: 0 }, ties: { offset: 3, limit: 3 } },
    ]);
  });

  it('is empty when the first page held everything', () => {
    expect(laterRanges(first(3, 0, { actors: 3, ties: 0 }), 4)).toEqual([]);
  });
});
