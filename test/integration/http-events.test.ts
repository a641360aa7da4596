import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventStreamParser } from '../../renderer/api/events.ts';
import { TEST_TOKEN, tempServer } from '../support/temp-server.ts';

let ctx: Awaited<ReturnType<typeof tempServer>>;
beforeEach(async () => {
  ctx = await tempServer();
});
afterEach(() => ctx.dispose());

/** Reads the stream until `count` events arrived, with the renderer's own parser. */
async function readEvents(response: Response, count: number): Promise<unknown[]> {
  const heard: unknown[] = [];
  const parser = eventStreamParser((value) => heard.push(value));
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  while (heard.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.push(decoder.decode(value, { stream: true }));
  }
  await reader.cancel();
  return heard;
}

describe('GET /api/events', () => {
  it('streams backend events to a client with the token', async () => {
    const response = await fetch(`${ctx.server.url}api/events`, {
      headers: { Authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-store');
    // The server subscribes before it answers; the headers arriving means it is listening.
    ctx.env.backend.events.emit({ kind: 'share.changed' });
    ctx.env.backend.events.emit({ kind: 'proposals.changed', workshopId: 'w1' as never });
    expect(await readEvents(response, 2)).toEqual([
      { kind: 'share.changed' },
      { kind: 'proposals.changed', workshopId: 'w1' },
    ]);
  });

  it('stops listening when the client goes away', async () => {
    const controller = new AbortController();
    const response = await fetch(`${ctx.server.url}api/events`, {
      headers: { Authorization: `Bearer ${TEST_TOKEN}` },
      signal: controller.signal,
    });
    expect(ctx.env.backend.events.listenerCount).toBe(1);
    controller.abort();
    await response.body?.cancel().catch(() => undefined);
    await expect.poll(() => ctx.env.backend.events.listenerCount).toBe(0);
  });

  it('refuses a client without the token, with a wrong one, or from another origin', async () => {
    const url = `${ctx.server.url}api/events`;
    expect((await fetch(url)).status).toBe(401);
    const wrong = await fetch(url, { headers: { Authorization: `Bearer ${'b'.repeat(48)}` } });
    expect(wrong.status).toBe(401);
    const foreign = await fetch(url, {
      headers: { Authorization: `Bearer ${TEST_TOKEN}`, Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(401);
    expect(ctx.env.backend.events.listenerCount).toBe(0);
  });
});
