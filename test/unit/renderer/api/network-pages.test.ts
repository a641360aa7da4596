import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/api/api-call-error.ts';
import { fetchNetworkInSlices } from '../../../../renderer/features/map/network-in-slices.ts';
import { NetworkSnapshot } from '../../../../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import type { CallResult } from '../../../../shared/api/transport.ts';

/** A plain answer of network.get: 3,000 actors and 6,000 ties, more than two slices each way. */
function answer() {
  const actors = Array.from({ length: 3000 }, (_, index) => ({
    id: `a${index}`,
    name: `Actor ${index}`,
    sector: 'cso',
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
  }));
  const ties = Array.from({ length: 6000 }, (_, index) => ({
    id: `t${index}`,
    source: `a${index % 3000}`,
    target: `a${(index * 7 + 1) % 3000}`,
    type: 'collaboration',
    weight: 1 + (index % 3),
    status: index % 10 === 0 ? 'potential' : 'existing',
    spells: index % 2 ? [{ start: '2020-01-01', end: null }] : [],
    evidence: null,
    note: '',
    attributes: {},
  }));
  return { actors, ties, sectors: DEFAULT_SECTORS, tieTypes: DEFAULT_TIE_TYPES };
}

const calls: { name: string; input: unknown }[] = [];

/** The Electron transport, as the preload exposes it, answering `result`. */
function answerWith(result: CallResult) {
  calls.length = 0;
  Object.assign(globalThis, {
    window: {
      tejido: {
        call: (name: string, input: unknown) => {
          calls.push({ name, input });
          return Promise.resolve(result);
        },
      },
    },
  });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('the whole network, parsed in slices', () => {
  it('gives what the output schema gives, asking network.get for every tie', async () => {
    const value = answer();
    answerWith({ ok: true, value });
    const network = await fetchNetworkInSlices();
    expect(network).toEqual(NetworkSnapshot.parse(value));
    expect(network.ties).toHaveLength(6000);
    expect(calls).toEqual([{ name: 'network.get', input: {} }]);
  });

  it('fails on a malformed tie in a later slice, as call does', async () => {
    const value = answer();
    Object.assign(value.ties[5500]!, { weight: 'heavy' });
    answerWith({ ok: true, value });
    const failure = await fetchNetworkInSlices().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect((failure as ApiCallError).params).toEqual({ reason: 'unexpected answer' });
  });

  it('passes the backend’s error on', async () => {
    answerWith({ ok: false, error: { code: 'project.none', params: {} } });
    const failure = await fetchNetworkInSlices().catch((error: unknown) => error);
    expect((failure as ApiCallError).code).toBe('project.none');
  });
});
