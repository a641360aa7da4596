import { spawn } from 'node:child_process';
import { createCliContext } from '../electron/cli/cli-context.ts';
import { runCli } from '../electron/cli/main.ts';
import { appRoot, buildApp } from './build-app.ts';
import { findElectronBinary } from './electron-binary.ts';

/**
 * `npm start`: build, then launch Electron on the default project. Where the Electron binary
 * is missing (offline machines, CI), say so in one line and start browser mode instead.
 */
buildApp();
const electron = findElectronBinary(appRoot);
if ('path' in electron) {
  const child = spawn(electron.path, [appRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const cli = createCliContext();
  cli.print(cli.t('cli.start.noElectron', { reason: electron.missing }));
  process.exitCode = await runCli(['serve', ...process.argv.slice(2)]);
}
