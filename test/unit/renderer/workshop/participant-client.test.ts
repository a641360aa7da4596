import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  codeFromHash,
  fetchMap,
  join,
  propose,
} from '../../../../renderer/participant/participant-client.ts';

function answerWith(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

afterEach(() => vi.unstubAllGlobals());

const tie = {
  kind: 'tie',
  source: 'a1',
  target: 'a2',
  type: 'collaboration',
  status: 'existing',
} as const;

describe('the phone’s client', () => {
  it('reads 401 as a wrong code before joining and as an expired share after', async () => {
    answerWith(401, { error: { code: 'share.badCode' } });
    await expect(join({ code: 'X', actorId: 'a1' })).resolves.toEqual({
      ok: false,
      problem: 'badCode',
    });
    await expect(propose('t'.repeat(40), tie)).resolves.toEqual({
      ok: false,
      problem: 'expired',
    });
  });

  it('reads 429 as slow down, other 4xx as not accepted, 5xx as a server problem', async () => {
    answerWith(429, {});
    await expect(propose('t'.repeat(40), tie)).resolves.toMatchObject({ problem: 'slowDown' });
    answerWith(400, {});
    await expect(propose('t'.repeat(40), tie)).resolves.toMatchObject({ problem: 'invalid' });
    answerWith(500, {});
    await expect(fetchMap({ code: 'X' })).resolves.toMatchObject({ problem: 'server' });
  });

  it('refuses an answer that does not match the contract', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answerWith(200, { actors: 'all of them' });
    await expect(fetchMap({ token: 't' })).resolves.toEqual({ ok: false, problem: 'server' });
    expect(logged).toHaveBeenCalledOnce();
  });

  it('says the network is down when fetch itself fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    await expect(fetchMap({ code: 'X' })).resolves.toEqual({ ok: false, problem: 'network' });
  });

  it('sends the join code in its header before joining, the token after', async () => {
    answerWith(200, { actors: [], ties: [], sectors: [], tieTypes: [] });
    await expect(fetchMap({ code: 'K7P2' })).resolves.toMatchObject({ ok: true });
    const calls = vi.mocked(fetch).mock.calls;
    expect(calls[0]![1]!.headers).toEqual({ 'X-Join-Code': 'K7P2' });
    await fetchMap({ token: 'abc' });
    expect(calls[1]![1]!.headers).toEqual({ Authorization: 'Bearer abc' });
  });

  it('takes the code from the URL fragment, and nothing odd', () => {
    expect(codeFromHash('#K7P2')).toBe('K7P2');
    expect(codeFromHash('#code=K7P2')).toBe('K7P2');
    expect(codeFromHash('#<script>')).toBe('');
    expect(codeFromHash('')).toBe('');
  });
});
