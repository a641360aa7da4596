import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createSampleProject } from '../../electron/backend/backend.ts';
import { launchHeadlessChromium } from '../../scripts/headless-chromium.ts';
import { repoRoot, sampleDir } from './temp-backend.ts';

export const screenshotDir = join(repoRoot, 'test-results');

/**
 * Browser mode as a user starts it (`tejido serve`), on a temp copy of the sample project,
 * plus a headless Debian Chromium. Needs `npm run build` first (scripts/run-tests.ts does it).
 */
export async function startBrowserMode() {
  const home = mkdtempSync(join(tmpdir(), 'tejido-e2e-'));
  const project = join(home, 'muestra.tejido');
  createSampleProject(project, sampleDir);
  const server = spawn(
    process.execPath,
    [
      'bin/tejido.mjs',
      'serve',
      '--port',
      '0',
      '--no-open',
      '--project',
      project,
      ...(process.env.TEJIDO_OUT_DIR
        ? ['--static-dir', join(process.env.TEJIDO_OUT_DIR, 'renderer')]
        : []),
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, TEJIDO_HOME: home, LANG: 'en_US.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await waitForUrl(server);
  const browser: Browser = await launchHeadlessChromium();
  mkdirSync(screenshotDir, { recursive: true });
  return {
    url,
    project,
    browser,
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}
