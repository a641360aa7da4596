import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../electron/backend/backend.ts';
import { repoRoot, sampleDir } from '../support/temp-backend.ts';

const gexf = fileURLToPath(
  new URL('../../../shared/fixtures/real-world/gexf-spec-dynamic-spells-1.3.gexf', import.meta.url),
);
const haveGexf = existsSync(gexf);
if (!haveGexf) console.warn(`GEXF fixture not found at ${gexf}: skipping that test.`);

const dir = mkdtempSync(join(tmpdir(), 'tejido-series-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tejido(args: string[], lang = 'en_US.UTF-8') {
  const result = spawnSync(process.execPath, ['bin/tejido.mjs', 'series', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, TEJIDO_LANG: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('tejido series', () => {
  it('prints one CSV row per period of the sample project', () => {
    const project = join(dir, 'sample.tejido');
    createSampleProject(project, sampleDir);
    const { code, out, err } = tejido([
      project,
      '--periods',
      '2018-01-01,2019-01-01,2020-06-01',
      '--measures',
      'actors,ties,components,cross_sector_ties,ties_formed',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trim().split(/\r?\n/)).toEqual([
      'date,actors,ties,components,cross_sector_ties,ties_formed',
      '2018-01-01,56,84,1,59,24',
      '2019-01-01,56,98,1,70,138',
      '2020-06-01,71,201,1,128,2',
    ]);
  });

  it.runIf(haveGexf)('reads the spells of the GEXF specification example', () => {
    const { code, out, err } = tejido([
      gexf,
      '--periods',
      '2009-02-01,2009-03-05,2009-03-15',
      '--format',
      'json',
      '--measures',
      'actors,ties,density,ties_formed,ties_ended',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    // 02-01: nodes 1, 2, 3 present, only 2→1 active; 03-05: all five edges among four nodes;
    // 03-15: 0→1, 1→0, 0→3 among 0, 1, 3 (node 2's spells are over). Directed density.
    expect(JSON.parse(out)).toEqual([
      { date: '2009-02-01', actors: 3, ties: 1, density: 1 / 6, ties_formed: 4, ties_ended: 0 },
      { date: '2009-03-05', actors: 4, ties: 5, density: 5 / 12, ties_formed: 0, ties_ended: 2 },
      { date: '2009-03-15', actors: 3, ties: 3, density: 0.5, ties_formed: 0, ties_ended: 0 },
    ]);
  });

  it('refuses a bad date with a message in Spanish and exit code 2', () => {
    const { code, err } = tejido(['x.gexf', '--periods', '2019-13-01'], 'es_MX.UTF-8');
    expect(code).toBe(2);
    expect(err).toContain('"2019-13-01" no es una fecha');
  });
});
