import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/temp-backend.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tejido-cli-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tejido(...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/tejido.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', TEJIDO_LANG: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('tejido import and export', () => {
  it('creates the project and imports a nodes file and a ties file as one import', () => {
    writeFileSync(
      join(dir, 'nodos.csv'),
      'Id,Label,sector\n12,Colectivo Norte,OSC\n13,Secretaría,gobierno\n14,Aislada,OSC\n',
    );
    writeFileSync(join(dir, 'aristas.csv'), 'Source,Target,Weight\n12,13,2\n');
    const { code, out } = tejido('import', 'nodos.csv', 'aristas.csv', '--project', 'p.tejido');
    expect(code).toBe(0);
    expect(out).toContain('3 actors added');
    expect(out).toContain('1 ties added');
  });

  it('refuses a file with errors, names the row and column, and leaves the project byte for byte', () => {
    writeFileSync(join(dir, 'a.csv'), 'id,name\n1,Uno\n2,Dos\n');
    expect(tejido('import', 'a.csv', '--project', 'p.tejido').code).toBe(0);
    const before = hashOf(join(dir, 'p.tejido'));
    writeFileSync(join(dir, 't.csv'), 'source,target,weight\n1,2,1\n2,1,mucho\n');
    const { code, err } = tejido('import', 't.csv', '--project', 'p.tejido');
    expect(code).toBe(1);
    expect(err).toMatch(/Row 3, column "weight" of t\.csv/);
    expect(err).toContain('--skip-bad-rows');
    expect(hashOf(join(dir, 'p.tejido'))).toBe(before);
  });

  it('exports CSV as two files and a pseudonymised GEXF without names', () => {
    writeFileSync(
      join(dir, 'a.csv'),
      'id,name,sector\n1,Red Mujeres A.C.,OSC\n2,Secretaría,gobierno\n',
    );
    writeFileSync(join(dir, 't.csv'), 'source,target,start\n1,2,2019-03-01\n');
    expect(tejido('import', 'a.csv', 't.csv', '--project', 'p.tejido').code).toBe(0);
    expect(
      tejido('export', '--project', 'p.tejido', '--format', 'csv', '--out', 'salida/red.csv').code,
    ).toBe(0);
    expect(readdirSync(join(dir, 'salida')).sort()).toEqual([
      'red-actores.csv',
      'red-vinculos.csv',
    ]);
    const gexf = tejido(
      'export',
      '--project',
      'p.tejido',
      '--format',
      'gexf',
      '--pseudonymise',
      '--out',
      'red.gexf',
    );
    expect(gexf.code).toBe(0);
    const text = readFileSync(join(dir, 'red.gexf'), 'utf8');
    expect(text).not.toContain('Red Mujeres');
    expect(text).toContain('ORG-001');
    expect(text).toContain('2019-03-01');
  });

  it('explains its usage when an argument is missing or wrong', () => {
    expect(tejido('import', 'a.csv').code).toBe(2);
    expect(tejido('export', '--project', 'p.tejido', '--format', 'docx', '--out', 'x').code).toBe(
      2,
    );
    expect(tejido('import', 'nada.csv', '--project', 'p.tejido').err).toContain('does not exist');
    expect(existsSync(join(dir, 'p.tejido'))).toBe(false);
  });
});
