import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ZodError } from 'zod';
import { httpStatusOf, TejidoError, toInputIssues } from '../../shared/api/errors.ts';
import { JOIN_CODE_HEADER, participantRoutes } from '../../shared/api/participant-api.ts';
import type { ParticipantApi } from '../backend/workshop/participant-service.ts';
import { SECURITY_HEADERS } from './content-security-policy.ts';
import { readBody } from './request-body.ts';
import { serveStatic } from './static-files.ts';

export interface LanServerOptions {
  api: ParticipantApi;
  /** The built renderer: only participant.html and assets/* are ever read from it. */
  staticDir: string;
  /** 0.0.0.0 in the room; tests bind 127.0.0.1. */
  hostname: string;
  port: number;
  log?: (message: string, error: unknown) => void;
}

/** Proposals are a few hundred bytes; anything near this is not a phone filling a form. */
export const LAN_MAX_BODY_BYTES = 16 * 1024;
export const PARTICIPANT_PAGE = 'participant.html';
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}$/;

/**
 * The server participants reach over the LAN. It answers the participant page, its built
 * assets (and the favicon), and the three participant routes; everything else is 404. It holds no handler
 * table, no project path and no token for /api: the facilitator's operations are not here.
 */
export async function startLanServer(options: LanServerOptions) {
  const server = createServer((request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      options.log?.('participant request failed', error);
      if (!response.headersSent) sendError(response, new TejidoError('internal'));
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.maxConnections = 256;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
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
  options: LanServerOptions,
): Promise<void> {
  if (!isDirectHost(request)) return drainThen(request, () => notFound(response));
  const path = pathOf(request.url);
  const method = request.method ?? '';
  if (method === 'GET' || method === 'HEAD') {
    if (path === '/join') return serveStatic(options.staticDir, `/${PARTICIPANT_PAGE}`, response);
    if (path === '/favicon.svg') return serveStatic(options.staticDir, path, response);
    const asset = path?.startsWith('/assets/') ? path.slice('/assets/'.length) : null;
    if (asset !== null && ASSET_NAME.test(asset)) {
      return serveStatic(options.staticDir, `/assets/${asset}`, response);
    }
    if (path === participantRoutes.map && method === 'GET') {
      const code = request.headers[JOIN_CODE_HEADER.toLowerCase()];
      const credentials = { token: bearer(request), code: typeof code === 'string' ? code : null };
      return answer(response, () => options.api.map(credentials, clientOf(request)));
    }
    return notFound(response);
  }
  if (
    method !== 'POST' ||
    (path !== participantRoutes.join && path !== participantRoutes.propose)
  ) {
    return drainThen(request, () => notFound(response));
  }
  if (!isSameOrigin(request)) {
    return drainThen(request, () => sendError(response, new TejidoError('http.unauthorized')));
  }
  const body = await readBody(request, LAN_MAX_BODY_BYTES);
  if (body === null) return sendError(response, new TejidoError('http.tooLarge'));
  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(response, new TejidoError('http.badJson'));
  }
  if (path === participantRoutes.join) {
    return answer(response, () => options.api.join(input, clientOf(request)));
  }
  return answer(response, () => options.api.propose(bearer(request), input));
}

/**
 * The raw path, undecoded: `/join`, `/p/map`… are compared literally, so `%2e%2e`, doubled
 * slashes or a query never reach the disk. Assets are checked against a plain file name.
 */
function pathOf(url: string | undefined): string | null {
  if (!url?.startsWith('/')) return null;
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * The Host header is not trusted for anything: it must name the very address and port the
 * connection arrived on. A DNS-rebinding page (Host: evil.example) gets nothing.
 */
function isDirectHost(request: IncomingMessage): boolean {
  const { localAddress, localPort } = request.socket;
  if (!localAddress || !localPort) return false;
  const address = localAddress.startsWith('::ffff:') ? localAddress.slice(7) : localAddress;
  return request.headers.host === `${address}:${localPort}`;
}

/** Browsers send Origin on cross-site posts; only the participant page itself may post. */
function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host ?? ''}`;
}

/** The device, by the address the connection came from (never a header it could forge). */
function clientOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

function answer(response: ServerResponse, work: () => unknown): void {
  let value: unknown;
  try {
    value = work();
  } catch (error) {
    return sendError(response, asTejidoError(error));
  }
  sendJson(response, 200, value);
}

function asTejidoError(error: unknown): TejidoError {
  if (error instanceof TejidoError) return error;
  if (error instanceof ZodError) {
    const issues = toInputIssues(error);
    return new TejidoError('input.invalid', { field: issues[0]?.path ?? '' }, issues);
  }
  if (
    error instanceof Error &&
    'code' in error &&
    String(error.code).startsWith('SQLITE_CONSTRAINT')
  ) {
    return new TejidoError('input.invalid', { field: '', reason: 'constraint' });
  }
  throw error;
}

/** Reads and discards what the client sent, so the answer is not cut short by a reset. */
function drainThen(request: IncomingMessage, then: () => void): void {
  request.resume();
  if (request.complete) return then();
  request.once('end', then);
  request.once('error', then);
}

function notFound(response: ServerResponse): void {
  sendError(response, new TejidoError('http.notFound'));
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

function sendError(response: ServerResponse, error: TejidoError): void {
  sendJson(response, httpStatusOf(error.code), { error: error.toWire() });
}
