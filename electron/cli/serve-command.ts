import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend.ts';
import { headlessHost } from '../backend/host.ts';
import { defaultUserDataDir } from '../backend/project/user-data.ts';
import { startBrowserServer } from '../server/http-server.ts';
import { lanShare } from '../server/lan-share.ts';
import { TOKEN_FRAGMENT_KEY } from '../../shared/api/transport.ts';
import type { CliContext } from './cli-context.ts';

/**
 * `tejido serve [--port N] [--share-port N] [--project FILE] [--no-open]`: browser mode on
 * 127.0.0.1. Prints one URL that carries the per-run token and, outside CI, opens it. Only
 * when the facilitator shares a workshop does a second server listen on the LAN
 * (--share-port, any free port by default), and only until sharing stops.
 */
export async function serveCommand(args: string[], cli: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5173' },
      'share-port': { type: 'string', default: '0' },
      project: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'static-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  const sharePort = Number(values['share-port']);
  for (const [given, value] of [
    [values.port, port],
    [values['share-port'], sharePort],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      cli.error(cli.t('cli.serve.badPort', { port: given ?? '' }));
      return 2;
    }
  }
  const staticDir = resolve(values['static-dir'] ?? resolve(cli.appRoot, 'out/renderer'));
  const log = (message: string, error: unknown) => console.error(message, error);
  const backend = createBackend({
    userDataDir: defaultUserDataDir(),
    sampleDir: resolve(cli.appRoot, 'data/sample'),
    host: headlessHost,
    lan: lanShare({ staticDir, port: sharePort, log }),
    log,
  });
  backend.openStartupProject(values.project ? resolve(values.project) : undefined);
  // The project is checked first: a wrong file is the user's to fix, a missing build ours.
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
    events: backend.events.subscribe,
    dispatchOptions: { log },
  });
  const url = `${server.url}#${TOKEN_FRAGMENT_KEY}=${token}`;
  cli.print(cli.t('cli.serve.ready', { url, project: backend.session.path }));
  if (!values['no-open'] && !process.env.CI) openInBrowser(url);
  await waitForShutdown();
  await server.close();
  await backend.shutdown();
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
