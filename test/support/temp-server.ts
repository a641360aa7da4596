import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserServer } from '../../electron/server/http-server.ts';
import { tempBackend } from './temp-backend.ts';

export const TEST_TOKEN = 'a'.repeat(48);

/** A browser-mode server on an ephemeral loopback port over a fresh temp project. */
export async function tempServer() {
  const env = tempBackend();
  await env.call('project.create', {
    name: 'HTTP',
    target: { via: 'projectsFolder', name: 'http' },
  });
  const staticDir = join(env.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tejido</title>');
  writeFileSync(join(env.dir, 'secret.txt'), 'not for the web');
  const server = await startBrowserServer({
    handlers: env.backend.handlers,
    staticDir,
    token: TEST_TOKEN,
    events: env.backend.events.subscribe,
    dispatchOptions: { checkOutput: true },
  });
  const post = (name: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/${name}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${TEST_TOKEN}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      body,
    });
  return {
    env,
    server,
    post,
    dispose: async () => {
      await server.close();
      env.dispose();
    },
  };
}
