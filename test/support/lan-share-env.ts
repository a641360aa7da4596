import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend.ts';
import { dispatch } from '../../electron/backend/dispatch.ts';
import { headlessHost } from '../../electron/backend/host.ts';
import { lanShare } from '../../electron/server/lan-share.ts';
import type {
  OperationInput,
  OperationName,
  OperationOutput,
} from '../../shared/api/operations.ts';
import { sampleDir } from './temp-backend.ts';

/**
 * A backend with the real LAN host, bound to 127.0.0.1 (no test opens a port to the network)
 * and a clock the test moves by hand, so rate limits are tested without waiting.
 */
export async function lanShareEnv() {
  const dir = mkdtempSync(join(tmpdir(), 'tejido-lan-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'participant.html'), '<!doctype html><title>Participa</title>');
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tejido</title>');
  writeFileSync(join(staticDir, 'assets', 'participant-abc.js'), 'console.log(1);');
  writeFileSync(join(dir, 'secret.txt'), 'not for the room');
  let clock = Date.parse('2026-11-20T10:00:00Z');
  const backend = createBackend({
    userDataDir: dir,
    sampleDir,
    host: headlessHost,
    lan: lanShare({ staticDir, hostname: '127.0.0.1', addresses: () => ['127.0.0.1'] }),
    now: () => new Date(clock),
  });
  const call = async <N extends OperationName>(
    name: N,
    input: OperationInput<N>,
  ): Promise<OperationOutput<N>> => {
    const result = await dispatch(backend.handlers, name, input, { checkOutput: true });
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as OperationOutput<N>;
  };
  const created = await call('project.create', {
    name: 'Taller',
    target: { via: 'projectsFolder', name: 'taller' },
  });
  await call('workshops.upsert', { id: 'w', name: 'Taller Tijuana', date: '2026-11-20' });
  // a, b and c are on the session's map; d is in the project only, so phones never see it.
  const inSession = [
    { id: 'a', name: 'Colectivo A', sector: 'cso', notes: 'SECRETO' },
    { id: 'b', name: 'Gobierno B', sector: 'government' },
    { id: 'c', name: 'Fundación C', sector: 'donor' },
  ];
  for (const actor of inSession) await call('workshops.addActor', { workshopId: 'w', actor });
  await call('actors.upsert', { id: 'd', name: 'Empresa Oculta D, S.A.', sector: 'private' });
  await call('ties.upsert', { source: 'a', target: 'b', type: 'collaboration', note: 'PRIVADO' });
  await call('ties.upsert', { source: 'c', target: 'd', type: 'funding' });

  return {
    dir,
    backend,
    call,
    projectPath: created.path,
    advance(ms: number) {
      clock += ms;
    },
    async share() {
      const status = await call('workshops.shareStart', { workshopId: 'w' });
      const url = new URL(status.urls[0] ?? '');
      return { status, base: `http://${url.host}`, port: Number(url.port) };
    },
    dispose: async () => {
      await backend.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A raw HTTP request, so paths like `/../x` reach the server exactly as written. */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
