import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpStatusOf, TejidoError, type ApiError } from '../../shared/api/errors.ts';
import type { Handlers } from '../../shared/api/operations.ts';
import { API_PREFIX } from '../../shared/api/transport.ts';
import { dispatch, type DispatchOptions } from '../backend/dispatch.ts';
import { SECURITY_HEADERS } from './content-security-policy.ts';
import { streamEvents, type SubscribeEvents } from './event-stream.ts';
import { readBody } from './request-body.ts';
import { serveStatic } from './static-files.ts';

export interface BrowserServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Required on every API request as `Authorization: Bearer <token>`. */
  token: string;
  /** 127.0.0.1 unless the user shares a workshop on purpose. */
  hostname?: string;
  port?: number;
  maxBodyBytes?: number;
  dispatchOptions?: DispatchOptions;
  /** Backend events, streamed at `GET /api/events` (same token) when given. */
  events?: SubscribeEvents;
  keepAliveMs?: number;
}

/** Server-sent events: the app hears about proposals without polling. */
export const EVENTS_PATH = `${API_PREFIX}events`;

const DEFAULT_MAX_BODY = 32 * 1024 * 1024;

/**
 * Browser mode: the same operation table as IPC, at `POST /api/<name>`, plus the built
 * renderer. Every API request needs the per-run token; pages from other origins and
 * DNS-rebinding hosts are turned away before any handler runs.
 */
export async function startBrowserServer(options: BrowserServerOptions) {
  const hostname = options.hostname ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      options.dispatchOptions?.log?.('request failed', error);
      if (!response.headersSent) sendError(response, new TejidoError('internal').toWire());
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://${hostname}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: BrowserServerOptions,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://placeholder');
  if (!url.pathname.startsWith(API_PREFIX)) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, new TejidoError('http.methodNotAllowed').toWire());
    }
    return serveStatic(options.staticDir, url.pathname, response);
  }
  if (url.pathname === EVENTS_PATH && request.method === 'GET' && options.events) {
    if (!hasToken(request, options.token) || !isSameOrigin(request, options.hostname)) {
      return sendError(response, new TejidoError('http.unauthorized').toWire());
    }
    return streamEvents(request, response, options.events, options.keepAliveMs);
  }
  if (request.method !== 'POST') {
    return sendError(response, new TejidoError('http.methodNotAllowed').toWire());
  }
  if (!hasToken(request, options.token) || !isSameOrigin(request, options.hostname)) {
    request.resume();
    return sendError(response, new TejidoError('http.unauthorized').toWire());
  }
  const body = await readBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY);
  if (body === null) return sendError(response, new TejidoError('http.tooLarge').toWire());
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(response, new TejidoError('http.badJson').toWire());
  }
  const name = url.pathname.slice(API_PREFIX.length);
  const result = await dispatch(options.handlers, name, input, options.dispatchOptions);
  if (result.ok) return sendJson(response, 200, result.value ?? null);
  return sendError(response, result.error);
}

function hasToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A page on another site could still post here if it guessed the token; refusing a foreign
 * Origin, or a Host that is not the address we listen on (DNS rebinding), closes that door.
 */
function isSameOrigin(request: IncomingMessage, hostname = '127.0.0.1'): boolean {
  const host = request.headers.host;
  const port = request.socket.localPort;
  const allowed = [`${hostname}:${port}`];
  if (hostname === '127.0.0.1') allowed.push(`localhost:${port}`);
  if (!host || !allowed.includes(host)) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: ApiError): void {
  sendJson(response, httpStatusOf(error.code), { error });
}
