import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from './content-security-policy.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the built renderer, and nothing outside its folder: the URL path is resolved and
 * must stay under `root`, so `/../` or encoded tricks cannot reach the disk.
 */
export function serveStatic(root: string, urlPath: string, response: ServerResponse): void {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return notFound(response);
  }
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const file = resolve(join(base, wanted));
  if (!file.startsWith(base + sep) || wanted.includes('\0')) return notFound(response);
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return notFound(response);
    size = stats.size;
  } catch {
    return notFound(response);
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    // Pages are small and change with each build; hashed assets can be kept.
    'Cache-Control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(response);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}
