import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TOKEN, tempServer } from '../support/temp-server.ts';

let ctx: Awaited<ReturnType<typeof tempServer>>;
beforeEach(async () => {
  ctx = await tempServer();
});
afterEach(() => ctx.dispose());

/** Raw request, for what fetch will not send (a foreign Host header, `..` in the path). */
function rawGet(path: string, headers: Record<string, string> = {}) {
  const url = new URL(ctx.server.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: 'GET', headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode server', () => {
  it('answers an operation with its output', async () => {
    const response = await ctx.post('project.info', '{}');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'HTTP' });
  });

  it('refuses a request without the token, or with a wrong one, with 401', async () => {
    const none = await fetch(`${ctx.server.url}api/project.info`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await ctx.post('project.info', '{}', {
      Authorization: `Bearer ${'b'.repeat(48)}`,
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: 'http.unauthorized', params: {} } });
  });

  it('refuses a foreign origin even with the token', async () => {
    const response = await ctx.post('project.info', '{}', { Origin: 'http://evil.example' });
    expect(response.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const url = new URL(ctx.server.url);
    const response = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/api/project.info',
          method: 'POST',
          headers: { Host: `evil.example:${url.port}`, Authorization: `Bearer ${TEST_TOKEN}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(response).toBe(401);
  });

  it('answers broken JSON with 400 and an unknown operation with 404', async () => {
    expect((await ctx.post('project.info', '{nope')).status).toBe(400);
    expect((await ctx.post('project.drop', '{}')).status).toBe(404);
  });

  it('answers an invalid input with 400 naming the field', async () => {
    const response = await ctx.post('actors.upsert', JSON.stringify({ name: 'X', sector: 7 }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { params: { field: string } } };
    expect(body.error.params.field).toBe('sector');
  });

  it('refuses a body over the size limit with 413', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(33 * 1024 * 1024), sector: null });
    expect((await ctx.post('actors.upsert', huge)).status).toBe(413);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await fetch(ctx.server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('<title>Tejido</title>');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ]) {
      const response = await rawGet(path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('not for the web');
    }
  });

  it('refuses other methods on the API', async () => {
    const response = await fetch(`${ctx.server.url}api/project.info`, {
      headers: { Authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(response.status).toBe(405);
  });
});
