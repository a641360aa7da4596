import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_MS, streamEvents } from '../../../../electron/server/event-stream.ts';
import { eventHub } from '../../../../electron/backend/workshop/event-hub.ts';

afterEach(() => vi.useRealTimers());

/** A response that records what is written, and can be closed like a dropped connection. */
function recordingResponse() {
  const written: string[] = [];
  const response = Object.assign(new EventEmitter(), {
    writeHead: vi.fn(),
    write: (chunk: string) => written.push(chunk) > 0,
  });
  return { written, response: response as unknown as ServerResponse & EventEmitter };
}

describe('the event stream', () => {
  it('writes each event as one data line and a keep-alive comment every interval', () => {
    vi.useFakeTimers();
    const hub = eventHub();
    const request = new EventEmitter() as IncomingMessage;
    const { written, response } = recordingResponse();
    streamEvents(request, response, hub.subscribe);
    hub.emit({ kind: 'data.changed' });
    expect(written).toEqual([': connected\n\n', 'data: {"kind":"data.changed"}\n\n']);
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 2);
    expect(written.filter((line) => line === ': keep-alive\n\n')).toHaveLength(2);
  });

  it('unsubscribes and stops the keep-alive when the client goes away', () => {
    vi.useFakeTimers();
    const hub = eventHub();
    const request = new EventEmitter() as IncomingMessage;
    const { written, response } = recordingResponse();
    streamEvents(request, response, hub.subscribe);
    expect(hub.listenerCount).toBe(1);
    request.emit('close');
    expect(hub.listenerCount).toBe(0);
    const count = written.length;
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 3);
    hub.emit({ kind: 'share.changed' });
    expect(written).toHaveLength(count);
  });
});

describe('the event hub', () => {
  it('keeps delivering to the others when one listener throws', () => {
    const log = vi.fn();
    const hub = eventHub(log);
    const heard: unknown[] = [];
    hub.subscribe(() => {
      throw new Error('broken connection');
    });
    hub.subscribe((event) => heard.push(event));
    hub.emit({ kind: 'share.changed' });
    expect(heard).toEqual([{ kind: 'share.changed' }]);
    expect(log).toHaveBeenCalledOnce();
  });
});
