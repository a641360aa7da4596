import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend.ts';
import { headlessHost } from '../backend/host.ts';
import { defaultUserDataDir } from '../backend/project/user-data.ts';
import { startBrowserServer } from '../server/http-server.ts';
import { TOKEN_FRAGMENT_KEY } from '../../shared/api/transport.ts';
import type { CliContext } from './cli-context.ts';

/**
 * `tejido serve [--port N] [--project FILE] [--no-open]`: browser mode on 127.0.0.1.
 * Prints one URL that carries the per-run token and, outside CI, opens it.
 */
export async function serveCommand(args: string[], cli: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5173' },
      project: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'static-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    cli.error(cli.t('cli.serve.badPort', { port: values.port ?? '' }));
    return 2;
  }
  const backend = createBackend({
    userDataDir: defaultUserDataDir(),
    sampleDir: resolve(cli.appRoot, 'data/sample'),
    host: headlessHost,
  });
  backend.openStartupProject(values.project ? resolve(values.project) : undefined);
  // The project is checked first: a wrong file is the user's to fix, a missing build ours.
  const staticDir = resolve(values['static-dir'] ?? resolve(cli.appRoot, 'out/renderer'));
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    backend.close();
    cli.error(cli.t('cli.serve.notBuilt', { dir: staticDir }));
    return 1;
  }
  const token = randomBytes(24).toString('hex');
  const server = await startBrowserServer({
    handlers: backend.handlers,
    staticDir,
    token,
    port,
    dispatchOptions: { log: (message, error) => console.error(message, error) },
  });
  const url = `${server.url}#${TOKEN_FRAGMENT_KEY}=${token}`;
  cli.print(cli.t('cli.serve.ready', { url, project: backend.session.path }));
  if (!values['no-open'] && !process.env.CI) openInBrowser(url);
  await waitForShutdown();
  await server.close();
  backend.close();
  return 0;
}

function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No desktop browser (a server, this CI machine): the printed URL is enough.
  }
}

function waitForShutdown(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
