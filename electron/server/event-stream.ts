import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BackendEvent } from '../../shared/api/events.ts';
import { SECURITY_HEADERS } from './content-security-policy.ts';

export type SubscribeEvents = (listener: (event: BackendEvent) => void) => () => void;

/** Often enough that proxies and sleeping laptops notice a dead connection. */
export const KEEP_ALIVE_MS = 15_000;

/**
 * `GET /api/events` as server-sent events: one `data:` line of JSON per backend event, and a
 * comment line now and then so the connection is known to be alive. The caller has already
 * checked the token; this only streams until the client goes away.
 */
export function streamEvents(
  request: IncomingMessage,
  response: ServerResponse,
  subscribe: SubscribeEvents,
  keepAliveMs = KEEP_ALIVE_MS,
): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  response.write(': connected\n\n');
  const unsubscribe = subscribe((event) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const timer = setInterval(() => response.write(': keep-alive\n\n'), keepAliveMs);
  const end = () => {
    clearInterval(timer);
    unsubscribe();
  };
  request.on('close', end);
  response.on('close', end);
}
