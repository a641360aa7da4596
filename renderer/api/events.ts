import { BackendEvent } from '../../shared/api/events.ts';
import { API_PREFIX } from '../../shared/api/transport.ts';
import { readToken } from './session-token.ts';

export type EventListener = (event: BackendEvent) => void;

const EVENTS_URL = `${API_PREFIX}events`;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 15_000;

/**
 * Hears what the backend pushes (a proposal arrived, sharing started): through the Electron
 * preload's `onEvent` when present, otherwise over `GET /api/events` (server-sent events read
 * with fetch, because EventSource cannot send the bearer token). Every event is checked
 * against its schema; anything else is dropped. Returns the function that stops listening.
 */
export function subscribe(listener: EventListener): () => void {
  const deliver = (raw: unknown) => {
    const parsed = BackendEvent.safeParse(raw);
    if (parsed.success) listener(parsed.data);
    else console.error('Tejido ignored an unexpected backend event', raw);
  };
  const onEvent = window.tejido?.onEvent;
  if (onEvent) return onEvent(deliver);
  return streamSubscribe(deliver);
}

/**
 * One HTTP stream shared by every subscriber in the page (browsers cap connections per
 * host): opened with the first subscriber, closed with the last.
 */
function sharedStream() {
  const listeners = new Set<(raw: unknown) => void>();
  let connection: AbortController | null = null;
  const broadcast = (raw: unknown) => {
    for (const deliver of [...listeners]) deliver(raw);
  };
  return (deliver: (raw: unknown) => void): (() => void) => {
    listeners.add(deliver);
    if (!connection) {
      connection = new AbortController();
      void keepStreaming(connection.signal, broadcast);
    }
    return () => {
      listeners.delete(deliver);
      if (listeners.size === 0) {
        connection?.abort();
        connection = null;
      }
    };
  };
}

const streamSubscribe = sharedStream();

/** Reconnects after a drop (the backend restarting, a laptop waking), waiting longer each time. */
async function keepStreaming(
  signal: AbortSignal,
  broadcast: (raw: unknown) => void,
): Promise<void> {
  let wait = RETRY_FIRST_MS;
  while (!signal.aborted) {
    const heard = await readStream(signal, broadcast);
    if (signal.aborted) return;
    if (heard) wait = RETRY_FIRST_MS;
    await sleep(wait, signal);
    wait = Math.min(wait * 2, RETRY_MAX_MS);
  }
}

/** Reads one connection until it ends; true if it was ever open. */
async function readStream(
  signal: AbortSignal,
  broadcast: (raw: unknown) => void,
): Promise<boolean> {
  const token = readToken();
  let response: Response;
  try {
    response = await fetch(EVENTS_URL, {
      headers: token === null ? {} : { Authorization: `Bearer ${token}` },
      cache: 'no-store',
      signal,
    });
  } catch {
    return false;
  }
  if (!response.ok || !response.body) return false;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = eventStreamParser(broadcast);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(value);
    }
  } catch {
    // Aborted or dropped: the loop above decides whether to reconnect.
  }
  return true;
}

/**
 * Splits a text/event-stream into events and parses each `data:` payload as JSON. Comment
 * lines (keep-alives) and fields other than data are ignored; chunks may end anywhere.
 */
export function eventStreamParser(onData: (value: unknown) => void) {
  let buffer = '';
  return {
    push(chunk: string): void {
      buffer += chunk.replace(/\r\n?/g, '\n');
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        if (data !== '') {
          try {
            onData(JSON.parse(data) as unknown);
          } catch {
            console.error('Tejido ignored a backend event that is not JSON');
          }
        }
        end = buffer.indexOf('\n\n');
      }
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
