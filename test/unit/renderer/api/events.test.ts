// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventStreamParser, subscribe } from '../../../../renderer/api/events.ts';
import type { BackendEvent } from '../../../../shared/api/events.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete window.tejido;
});

describe('the event-stream parser', () => {
  it('finds events split across chunks, skipping keep-alive comments', () => {
    const heard: unknown[] = [];
    const parser = eventStreamParser((value) => heard.push(value));
    parser.push(': connected\n\n');
    parser.push('data: {"kind":"share.');
    parser.push('changed"}\n');
    parser.push('\n: keep-alive\n\ndata: {"kind":"data.changed"}\r\n\r\n');
    expect(heard).toEqual([{ kind: 'share.changed' }, { kind: 'data.changed' }]);
  });

  it('drops data that is not JSON', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const heard: unknown[] = [];
    eventStreamParser((value) => heard.push(value)).push('data: {oops\n\n');
    expect(heard).toEqual([]);
  });
});

describe('subscribe in Electron', () => {
  it('uses the preload, checks every event against the schema, and unsubscribes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const relay: { to: ((event: unknown) => void) | null } = { to: null };
    const unsubscribe = vi.fn();
    window.tejido = {
      call: vi.fn(),
      onEvent: (listener) => {
        relay.to = listener;
        return unsubscribe;
      },
    };
    const heard: BackendEvent[] = [];
    const stop = subscribe((event) => heard.push(event));
    relay.to?.({ kind: 'proposals.changed', workshopId: 'w' });
    relay.to?.({ kind: 'proposals.changed' });
    relay.to?.({ kind: 'delete.everything' });
    expect(heard).toEqual([{ kind: 'proposals.changed', workshopId: 'w' }]);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('subscribe in browser mode', () => {
  it('reads GET /api/events with the token and delivers valid events to every subscriber', async () => {
    window.sessionStorage.setItem('tejido.token', 'ab'.repeat(24));
    const encoder = new TextEncoder();
    const fetchMock = vi.fn<typeof fetch>((_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('data: {"kind":"share.changed"}\n\n'));
          init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    });
    vi.stubGlobal('fetch', fetchMock);
    const first: BackendEvent[] = [];
    const second: BackendEvent[] = [];
    const stopFirst = subscribe((event) => first.push(event));
    const stopSecond = subscribe((event) => second.push(event));
    await vi.waitFor(() => expect(second).toEqual([{ kind: 'share.changed' }]));
    expect(first).toEqual([{ kind: 'share.changed' }]);
    // One connection for both subscribers, with the bearer token.
    expect(fetchMock).toHaveBeenCalledOnce();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/events');
    expect(init?.headers).toEqual({ Authorization: `Bearer ${'ab'.repeat(24)}` });
    stopFirst();
    stopSecond();
    expect(init?.signal?.aborted).toBe(true);
  });
});
