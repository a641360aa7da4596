import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/temp-backend.ts';

function tejido(args: string[], lang = 'en_US.UTF-8') {
  const result = spawnSync(process.execPath, ['bin/tejido.mjs', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, TEJIDO_LANG: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the tejido command', () => {
  it('prints its usage and exits 0', () => {
    const { code, out } = tejido(['help']);
    expect(code).toBe(0);
    expect(out).toContain('serve');
  });

  it('names an unknown command and exits 2, in Spanish when LANG says so', () => {
    const { code, err } = tejido(['bailar'], 'es_MX.UTF-8');
    expect(code).toBe(2);
    expect(err).toContain('Comando desconocido "bailar"');
  });

  it('explains a file that is not a project, without touching it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tejido-cli-'));
    const file = join(dir, 'lista.tejido');
    writeFileSync(file, 'a,b\n');
    const { code, err } = tejido(['serve', '--project', file, '--no-open']);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(err).toContain('is not a Tejido project');
  });

  it('rejects an impossible port', () => {
    const { code, err } = tejido(['serve', '--port', '99999', '--no-open']);
    expect(code).toBe(2);
    expect(err).toContain('99999');
  });

  it('rejects an impossible port for workshop sharing', () => {
    const { code, err } = tejido(['serve', '--share-port', '70000', '--no-open']);
    expect(code).toBe(2);
    expect(err).toContain('70000');
  });
});
