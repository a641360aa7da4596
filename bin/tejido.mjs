#!/usr/bin/env node
// The `tejido` command. It runs the TypeScript sources through tsx's loader, so it works
// right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
