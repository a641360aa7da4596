import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLanServer } from '../../electron/server/lan-server.ts';
import type { ParticipantApi } from '../../electron/backend/workshop/participant-service.ts';
import { TejidoError } from '../../shared/api/errors.ts';
import { repoRoot } from '../support/temp-backend.ts';

/**
 * The participant page as the build produces it (electron-vite writes participant.html and
 * its hashed assets beside index.html): every file the page asks for must come from the LAN
 * server, or a phone would get a blank page. Runs when the app has been built.
 */
const builtDir = process.env.TEJIDO_OUT_DIR
  ? join(process.env.TEJIDO_OUT_DIR, 'renderer')
  : join(repoRoot, 'out/renderer');
const built = existsSync(join(builtDir, 'participant.html'));
if (!built) console.warn(`lan-share-build.test.ts skipped: no ${builtDir}/participant.html`);

const refuse = () => {
  throw new TejidoError('share.notParticipant');
};
const api: ParticipantApi = { join: refuse, map: refuse, propose: refuse };

let server: Awaited<ReturnType<typeof startLanServer>> | null = null;
beforeAll(async () => {
  if (built)
    server = await startLanServer({ api, staticDir: builtDir, hostname: '127.0.0.1', port: 0 });
});
afterAll(() => server?.close());

describe.skipIf(!built)('the built participant page over the LAN server', () => {
  it('serves /join and every script, style and icon it links to', async () => {
    const base = `http://127.0.0.1:${server?.port ?? 0}`;
    const page = await fetch(`${base}/join`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toBe(readFileSync(join(builtDir, 'participant.html'), 'utf8'));
    const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(links.some((link) => link.endsWith('.js'))).toBe(true);
    for (const link of links) {
      const answer = await fetch(new URL(link, `${base}/join`));
      expect(answer.status, link).toBe(200);
    }
  });

  it('does not serve the facilitator’s page', async () => {
    const answer = await fetch(`http://127.0.0.1:${server?.port ?? 0}/index.html`);
    expect(answer.status).toBe(404);
  });
});
