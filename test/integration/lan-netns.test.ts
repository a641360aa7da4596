import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../electron/backend/backend.ts';
import { repoRoot, sampleDir } from '../support/temp-backend.ts';

/**
 * Workshop sharing over a real network link: two network namespaces joined by a veth pair,
 * `tejido serve` in one (the facilitator's laptop, 10.77.0.1) and a headless Chromium in the
 * other (a participant's phone, 10.77.0.2). A raw-socket counter on the link checks that the
 * participant's traffic went to the host and nowhere else. Needs root and `ip netns`.
 */
const suffix = String(process.pid % 100_000);
const HOST_NS = `tjd-host-${suffix}`;
const PHONE_NS = `tjd-phone-${suffix}`;
const HOST_LINK = `tjh${suffix}`;
const PHONE_LINK = `tjp${suffix}`;
const HOST_IP = '10.77.0.1';
const PHONE_IP = '10.77.0.2';

function run(args: string[], input?: string) {
  return spawnSync(args[0] ?? '', args.slice(1), { encoding: 'utf8', input, timeout: 60_000 });
}

function whyUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not root';
  const probe = run(['ip', 'netns', 'list']);
  if (probe.status !== 0) return `ip netns is unavailable: ${probe.stderr || probe.error}`;
  if (run(['python3', '--version']).status !== 0) return 'python3 is missing (packet counter)';
  return null;
}

const unavailable = whyUnavailable();
if (unavailable) {
  console.warn(`lan-netns.test.ts skipped: ${unavailable}`);
}

function must(args: string[]): string {
  const result = run(args);
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed: ${result.stderr || String(result.error)}`);
  }
  return result.stdout;
}

function setUpNamespaces(): void {
  must(['ip', 'netns', 'add', HOST_NS]);
  must(['ip', 'netns', 'add', PHONE_NS]);
  must(['ip', 'link', 'add', HOST_LINK, 'type', 'veth', 'peer', 'name', PHONE_LINK]);
  must(['ip', 'link', 'set', HOST_LINK, 'netns', HOST_NS]);
  must(['ip', 'link', 'set', PHONE_LINK, 'netns', PHONE_NS]);
  for (const [ns, link, ip] of [
    [HOST_NS, HOST_LINK, HOST_IP],
    [PHONE_NS, PHONE_LINK, PHONE_IP],
  ] as const) {
    // IPv4 only: no IPv6 router solicitations or multicast chatter on the link.
    must(['ip', 'netns', 'exec', ns, 'sysctl', '-qw', 'net.ipv6.conf.all.disable_ipv6=1']);
    must(['ip', 'netns', 'exec', ns, 'sysctl', '-qw', 'net.ipv6.conf.default.disable_ipv6=1']);
    must(['ip', '-n', ns, 'addr', 'add', `${ip}/24`, 'dev', link]);
    must(['ip', '-n', ns, 'link', 'set', link, 'up']);
    must(['ip', '-n', ns, 'link', 'set', 'lo', 'up']);
  }
}

function tearDownNamespaces(): void {
  // Deleting a namespace deletes its end of the veth, and with it the other end.
  run(['ip', 'netns', 'del', HOST_NS]);
  run(['ip', 'netns', 'del', PHONE_NS]);
}

const PROBE_JS = `
const out = document.getElementById('result');
const params = new URLSearchParams(location.search);
const json = { 'Content-Type': 'application/json' };
(async () => {
  try {
    const join = await fetch('/p/join', { method: 'POST', headers: json, body: JSON.stringify({
      code: location.hash.slice(1), actorId: params.get('actor'), displayName: 'Teléfono' }) });
    const joined = await join.json();
    const auth = { Authorization: 'Bearer ' + joined.participantToken };
    const map = await (await fetch('/p/map', { headers: auth })).json();
    const propose = await fetch('/p/propose', { method: 'POST', headers: { ...auth, ...json },
      body: JSON.stringify({ kind: 'tie', source: params.get('actor'),
        target: params.get('target'), type: 'collaboration', status: 'potential' }) });
    out.textContent = JSON.stringify({ join: join.status, actors: map.actors.length,
      propose: propose.status, origin: location.origin });
  } catch (error) {
    out.textContent = JSON.stringify({ error: String(error) });
  }
})();
`;

/** The app as built (npm run build, or the e2e runner's TEJIDO_OUT_DIR). */
const builtDir = process.env.TEJIDO_OUT_DIR
  ? join(process.env.TEJIDO_OUT_DIR, 'renderer')
  : join(repoRoot, 'out/renderer');
const built = existsSync(join(builtDir, 'participant.html'));

let home = '';
let project = '';
let server: ChildProcess | null = null;
let sniffer: ChildProcess | null = null;
let api: (name: string, input: unknown) => unknown = () => undefined;

async function stopServe(): Promise<void> {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  server = null;
}

/** Starts `tejido serve` in the host namespace; `api` then calls its loopback operations. */
async function startServe(staticDir: string): Promise<void> {
  const { port, token } = await spawnServe(staticDir);
  api = (name, input) => {
    const result = run([
      'ip',
      'netns',
      'exec',
      HOST_NS,
      'curl',
      '-s',
      '-X',
      'POST',
      '-H',
      `Authorization: Bearer ${token}`,
      '-H',
      'Content-Type: application/json',
      '--data',
      JSON.stringify(input),
      `http://127.0.0.1:${port}/api/${name}`,
    ]);
    return JSON.parse(result.stdout) as unknown;
  };
}

async function spawnServe(staticDir: string): Promise<{ port: number; token: string }> {
  server = spawn(
    'ip',
    [
      'netns',
      'exec',
      HOST_NS,
      process.execPath,
      'bin/tejido.mjs',
      'serve',
      '--port',
      '0',
      '--no-open',
      '--project',
      project,
      '--static-dir',
      staticDir,
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, TEJIDO_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), token: match[2] ?? '' });
      }
    };
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
  });
}

/** Runs a command in the phone's namespace. */
function onPhone(args: string[]) {
  return run(['ip', 'netns', 'exec', PHONE_NS, ...args]);
}

describe.skipIf(unavailable !== null)('workshop sharing across a real network link', () => {
  let joinUrl = '';
  let actorIds: string[] = [];

  beforeAll(async () => {
    tearDownNamespaces();
    setUpNamespaces();
    home = mkdtempSync(join(tmpdir(), 'tejido-netns-'));
    project = join(home, 'taller.tejido');
    createSampleProject(project, sampleDir);
    const staticDir = join(home, 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tejido</title>');
    writeFileSync(
      join(staticDir, 'participant.html'),
      '<!doctype html><meta charset="utf-8"><title>Participa</title><pre id="result">waiting</pre><script type="module" src="/assets/probe.js"></script>',
    );
    writeFileSync(join(staticDir, 'assets', 'probe.js'), PROBE_JS);
    await startServe(staticDir);
  });

  afterAll(async () => {
    try {
      sniffer?.kill('SIGTERM');
      await stopServe();
    } finally {
      tearDownNamespaces();
      if (home) rmSync(home, { recursive: true, force: true });
    }
  });

  it('lists the host’s LAN address in the join URL, and the phone has no other route', () => {
    const actors = api('actors.list', {}) as { id: string; name: string }[];
    actorIds = actors.slice(0, 2).map((actor) => actor.id);
    const workshop = api('workshops.upsert', { name: 'Taller en red', date: '2026-11-20' }) as {
      id: string;
    };
    // Phones see only the session's map: rating these actors puts them on it.
    const named = ['Red Impulso Cívico A.C.', 'Centro de Apoyo Mutuo del Desierto A.C.'];
    const onMap = actors.filter((actor, i) => i < 2 || named.includes(actor.name));
    expect(onMap).toHaveLength(4);
    for (const actor of onMap) {
      api('workshops.rate', {
        workshopId: workshop.id,
        actorId: actor.id,
        influence: 3,
        stance: 'unknown',
      });
    }
    const status = api('workshops.shareStart', { workshopId: workshop.id }) as {
      urls: string[];
      joinCode: string;
    };
    expect(status.urls).toHaveLength(1);
    joinUrl = status.urls[0] ?? '';
    expect(joinUrl).toMatch(
      new RegExp(`^http://${HOST_IP.replaceAll('.', '\\.')}:\\d+/join#${status.joinCode}$`),
    );
    const routes = onPhone(['ip', '-4', 'route']).stdout.trim().split('\n');
    expect(routes).toEqual([
      expect.stringMatching(/^10\.77\.0\.0\/24 dev \S+ proto kernel scope link src 10\.77\.0\.2/),
    ]);
  });

  it('a Chromium on the phone loads /join, joins with the code and proposes a tie', async () => {
    sniffer = spawn(
      'ip',
      [
        'netns',
        'exec',
        HOST_NS,
        'python3',
        join(repoRoot, 'test/support/netns-sniff.py'),
        HOST_LINK,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let sniffed = '';
    sniffer.stdout?.on('data', (chunk: Buffer) => (sniffed += chunk.toString()));
    await expect.poll(() => sniffed.includes('ready'), { timeout: 10_000 }).toBe(true);

    const page = onPhone([
      'curl',
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      joinUrl.replace(/#.*/, ''),
    ]);
    expect(page.stdout).toBe('200');

    const [actor, target] = actorIds;
    const url = joinUrl.replace(
      '/join#',
      `/join?actor=${encodeURIComponent(actor ?? '')}&target=${encodeURIComponent(target ?? '')}#`,
    );
    const profile = join(home, 'chromium-profile');
    const browser = onPhone([
      '/usr/bin/chromium',
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      `--user-data-dir=${profile}`,
      '--virtual-time-budget=20000',
      '--dump-dom',
      url,
    ]);
    const result = /<pre id="result">([^<]*)<\/pre>/.exec(browser.stdout)?.[1] ?? browser.stderr;
    const origin = joinUrl.replace(/\/join#.*/, '');
    expect(JSON.parse(result.replaceAll('&quot;', '"'))).toEqual({
      join: 200,
      actors: 4,
      propose: 200,
      origin,
    });
    const workshops = api('workshops.list', {}) as { id: string }[];
    const proposals = api('workshops.proposals', { workshopId: workshops[0]?.id }) as {
      body: { source: string; target: string };
    }[];
    expect(proposals).toEqual([
      expect.objectContaining({ body: expect.objectContaining({ source: actor, target: target }) }),
    ]);

    sniffer.kill('SIGTERM');
    await new Promise((resolve) => sniffer?.once('exit', resolve));
    const counts = JSON.parse(sniffed.replace('ready', '').trim()) as Record<string, number>;
    const kinds = Object.keys(counts);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) {
      expect(kind).toMatch(/^(ipv4|arp) 10\.77\.0\.[12] 10\.77\.0\.[12]$/);
    }
  });

  it('after sharing stops, the phone’s connection is refused and loopback still answers', () => {
    api('workshops.shareStop', {});
    const refused = onPhone([
      'curl',
      '-s',
      '-o',
      '/dev/null',
      '--max-time',
      '5',
      joinUrl.replace(/#.*/, ''),
    ]);
    expect(refused.status).toBe(7);
    expect(api('workshops.shareStatus', {})).toMatchObject({ active: false });
  });

  it.skipIf(!built)(
    'the built participant page works on the phone, driven in Chromium',
    async () => {
      await stopServe();
      await startServe(builtDir);
      const workshops = api('workshops.list', {}) as { id: string }[];
      const status = api('workshops.shareStart', { workshopId: workshops[0]?.id }) as {
        urls: string[];
      };
      // Playwright talks to Chromium over a pipe, which survives `ip netns exec`: the browser
      // runs in the phone's namespace while the test drives it from here.
      const wrapper = join(home, 'chromium-in-phone-ns.sh');
      writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${PHONE_NS} /usr/bin/chromium "$@"\n`);
      chmodSync(wrapper, 0o755);
      const browser = await chromium.launch({
        executablePath: wrapper,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      });
      try {
        const context = await browser.newContext({
          locale: 'es-MX',
          viewport: { width: 390, height: 844 },
          isMobile: true,
        });
        const phone = await context.newPage();
        const errors: string[] = [];
        phone.on('pageerror', (error) => errors.push(error.message));
        await phone.goto(status.urls[0] ?? '');
        await phone.getByText('¿A quién representas?').waitFor();
        await phone.getByTestId('participant-organisation-search').fill('impulso');
        await phone
          .getByTestId('participant-organisation-options')
          .getByText('Red Impulso Cívico A.C.')
          .click();
        await phone.getByTestId('participant-join').click();
        await phone.getByTestId('participant-tab-tie').waitFor();
        await phone.getByTestId('participant-target-search').fill('desierto');
        await phone
          .getByTestId('participant-target-options')
          .getByText('Centro de Apoyo Mutuo del Desierto A.C.')
          .first()
          .click();
        await phone.getByTestId('participant-status-potential').check();
        await phone.getByTestId('participant-send').click();
        await expect
          .poll(() => phone.getByTestId('participant-note').textContent())
          .toBe('Enviado, esperando a la persona facilitadora.');
        mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
        await phone.screenshot({
          path: join(repoRoot, 'test-results', 'lan-netns-phone.png'),
          fullPage: true,
        });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
      const proposals = api('workshops.proposals', { workshopId: workshops[0]?.id }) as {
        proposedBy: string;
        body: { kind: string };
      }[];
      expect(proposals.at(-1)).toMatchObject({
        proposedBy: 'Red Impulso Cívico A.C.',
        body: { kind: 'tie' },
      });
    },
  );
});
