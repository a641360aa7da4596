import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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

  it('prints the warnings of an import it commits, before saying what it added', () => {
    writeFileSync(join(dir, 'a.csv'), 'id,name\n1,Uno\n2,Dos\n');
    writeFileSync(join(dir, 't.csv'), 'source,target\n1,2\n2,2\n');
    const { code, out, err } = tejido('import', 'a.csv', 't.csv', '--project', 'p.tejido');
    expect(code).toBe(0);
    expect(err).toMatch(/warning: Row 3 of t\.csv: "2" is tied to itself/);
    expect(out).toContain('2 ties added');
    const db = new Database(join(dir, 'p.tejido'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM ties').pluck().get()).toBe(2);
      expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
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

  describe('--column', () => {
    /** Headers the recognition does not know ("De" and "Hacia" it would). */
    function writePair(): void {
      writeFileSync(
        join(dir, 'nodos.csv'),
        'Id,Label,Tipo\n1,Uno,OSC\n2,Dos,gobierno\n3,Tres,OSC\n',
      );
      writeFileSync(join(dir, 'vinculos.csv'), 'Quien,Con quien,Intensidad\n1,2,3\n2,3,5\n');
    }

    const tiesOf = (project: string) => {
      const db = new Database(join(dir, project), { readonly: true });
      try {
        return db
          .prepare('SELECT source, target, weight, attributes FROM ties ORDER BY source')
          .all();
      } finally {
        db.close();
      }
    };

    it('maps the ends and the weight of a pair by header, per file, and imports them', () => {
      writePair();
      const { code, out, err } = tejido(
        'import',
        'nodos.csv',
        'vinculos.csv',
        '--project',
        'p.tejido',
        '--column',
        'ties:source=Quien',
        '--column',
        'vinculos.csv:target=con QUIEN',
        '--column',
        'ties:weight=intensidad',
        '--column',
        'sector=Tipo',
      );
      expect(err).not.toContain('error');
      expect(code).toBe(0);
      expect(out).toContain('3 actors added');
      expect(out).toContain('2 ties added');
      expect(tiesOf('p.tejido')).toEqual([
        { source: '1', target: '2', weight: 3, attributes: '{}' },
        { source: '2', target: '3', weight: 5, attributes: '{}' },
      ]);
    });

    it('without a mapping, says the ties file has no source or target column and exits 1', () => {
      writePair();
      const { code, err } = tejido('import', 'nodos.csv', 'vinculos.csv', '--project', 'p.tejido');
      expect(code).toBe(1);
      expect(err).toContain(
        "vinculos.csv has no column for the tie's source or for its target. In Columns, map",
      );
      expect(existsSync(join(dir, 'p.tejido'))).toBe(true);
      expect(tiesOf('p.tejido')).toEqual([]);
    });

    it('names an unknown role, an unknown header with the file, and an ambiguous table', () => {
      writePair();
      const run = (option: string) =>
        tejido('import', 'nodos.csv', 'vinculos.csv', '--project', 'p.tejido', '--column', option);
      const role = run('ties:peso=Intensidad');
      expect(role.code).toBe(2);
      expect(role.err).toContain('"peso" is not a column role. The roles are: id, name,');
      const header = run('ties:weight=Fuerza');
      expect(header.code).toBe(2);
      expect(header.err).toContain(
        'vinculos.csv has no column "Fuerza". Its columns are: "Quien", "Con quien", "Intensidad".',
      );
      const table = run('id=Quien');
      expect(table.code).toBe(2);
      expect(table.err).toContain('more than one table can take the role "id"');
      const unknownTable = run('aristas:weight=Intensidad');
      expect(unknownTable.code).toBe(2);
      expect(unknownTable.err).toContain('this import has no table "aristas"');
    });

    it("says, in the wizard's words, when a mapped role does not fit the table", () => {
      writePair();
      const { code, err } = tejido(
        'import',
        'nodos.csv',
        'vinculos.csv',
        '--project',
        'p.tejido',
        '--column',
        'ties:source=Quien',
        '--column',
        'ties:target=Con quien',
        '--column',
        'ties:sector=Intensidad',
      );
      expect(code).toBe(1);
      expect(err).toContain(
        'Column "Intensidad" of vinculos.csv is mapped as "sector", which this kind of table has no place for.',
      );
    });

    it('speaks Spanish with TEJIDO_LANG=es', () => {
      writePair();
      const result = spawnSync(
        process.execPath,
        [
          join(repoRoot, 'bin/tejido.mjs'),
          'import',
          'nodos.csv',
          'vinculos.csv',
          '--project',
          'p.tejido',
          '--column',
          'ties:weight=Fuerza',
        ],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, TEJIDO_LANG: 'es' } },
      );
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('vinculos.csv no tiene la columna "Fuerza"');
    });
  });
});
