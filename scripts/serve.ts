import { runCli } from '../electron/cli/main.ts';
import { buildApp } from './build-app.ts';

/** `npm run serve [-- --port N --project FILE --no-open]`: build the renderer, then serve it. */
buildApp();
process.exitCode = await runCli(['serve', ...process.argv.slice(2)]);
