// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../../renderer/api/api-call-error.ts';
import { call } from '../../../../renderer/api/client.ts';
import { captureTokenFromUrl, readToken } from '../../../../renderer/api/session-token.ts';
import type { CallFunction } from '../../../../shared/api/transport.ts';

const TOKEN = 'ab'.repeat(24);
const sector = { key: 'cso', labelEs: 'OSC', labelEn: 'CSO', colour: '#0072B2', position: 0 };

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', `/#token=${TOKEN}`);
  captureTokenFromUrl();
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.tejido;
});

describe('the browser-mode token', () => {
  it('moves from the URL fragment into session storage', () => {
    expect(readToken()).toBe(TOKEN);
    expect(window.location.hash).toBe('');
  });
});

describe('call over HTTP', () => {
  it('posts the input with the bearer token and parses the answer', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => answer(200, [sector]));
    vi.stubGlobal('fetch', fetchMock);
    const sectors = await call('sectors.list', {});
    expect(sectors).toEqual([{ ...sector, colour: '#0072b2' }]);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/sectors.list');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('throws the backend error with its code and params', async () => {
    vi.stubGlobal('fetch', async () =>
      answer(409, { error: { code: 'actor.hasTies', params: { id: 'a1', count: 4 } } }),
    );
    const failure = await call('actors.delete', { id: 'a1' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({ code: 'actor.hasTies', params: { count: 4 } });
  });

  it('turns a network failure into an internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(call('actors.list', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('refuses an answer that does not match the operation output', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', async () => answer(200, [{ key: 'Not A Key' }]));
    await expect(call('sectors.list', {})).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('call through the Electron preload', () => {
  it('uses window.tejido.call when it exists', async () => {
    const preload = vi.fn<CallFunction>(async () => ({
      ok: false,
      error: { code: 'project.none', params: {} },
    }));
    window.tejido = { call: preload };
    await expect(call('project.info', {})).rejects.toMatchObject({ code: 'project.none' });
    expect(preload).toHaveBeenCalledWith('project.info', {});
  });
});
