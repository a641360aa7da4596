import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../../electron/backend/backend.ts';
import { repoRoot, sampleDir } from '../support/temp-backend.ts';

const realWorld = fileURLToPath(new URL('../../../shared/fixtures/real-world/', import.meta.url));
const haveFixtures = existsSync(join(realWorld, 'gephi-les-miserables.graphml'));
if (!haveFixtures)
  console.warn(`Real-world fixtures not found in ${realWorld}: skipping those tests.`);

const dir = mkdtempSync(join(tmpdir(), 'tejido-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tejido(args: string[], lang = 'en_US.UTF-8') {
  const result = spawnSync(process.execPath, ['bin/tejido.mjs', 'analyze', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, TEJIDO_LANG: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

interface Report {
  network: Record<string, number | null>;
  nodes: ({ id: string; label: string } & Record<string, number | string | null>)[];
  groups: Record<string, unknown>;
  definitions: Record<string, unknown>;
  without_actor?: {
    id: string;
    label: string;
    network: Record<string, number | null>;
    difference: Record<string, number | null>;
  };
}

function analyzeJson(args: string[]): Report {
  const { code, out, err } = tejido(args);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as Report;
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe.runIf(haveFixtures)('tejido analyze on real files', () => {
  it('gives Valjean degree 36 in Les Misérables (GraphML)', () => {
    const report = analyzeJson([join(realWorld, 'gephi-les-miserables.graphml')]);
    expect(report.network.actors).toBe(77);
    expect(report.network.ties).toBe(254);
    const valjean = report.nodes.find((node) => node.label === 'Valjean');
    expect(valjean?.degree).toBe(36);
    // NetworkX: betweenness_centrality(normalized=True)['Valjean'] = 0.5699890527836184.
    expect(valjean?.betweenness_normalized).toBeCloseTo(0.5699890527836184, 9);
    expect(Object.keys(report)).toEqual(['network', 'nodes', 'groups', 'definitions']);
    expect(Object.keys(report.network)).toEqual([
      'actors',
      'ties',
      'density',
      'components',
      'strong_components',
      'largest_component_share',
      'diameter',
      'average_path_length',
      'reciprocity',
      'transitivity',
      'average_clustering',
      'degree_centralization',
      'betweenness_centralization',
      'degree_assortativity',
      'sector_assortativity',
      'modularity',
      'communities',
    ]);
    expect(report.definitions).toMatchObject({ directed: false, weighted: false });
  });

  it('reads the same network from GEXF, and uses its weights when asked', () => {
    const file = join(realWorld, 'gephi-0.8.1-les-miserables-viz-1.3.gexf');
    const report = analyzeJson([file, '--measures', 'degree,strength']);
    const valjean = report.nodes.find((node) => node.label === 'Valjean');
    expect(valjean?.degree).toBe(36);
    expect(Object.keys(valjean ?? {})).toEqual(['id', 'label', 'degree', 'strength']);
    const weighted = analyzeJson([file, '--weight', 'weight', '--measures', 'strength']);
    // Les Misérables co-appearance weights: Valjean's sum is 158 (NetworkX degree(weight=)).
    expect(weighted.nodes.find((node) => node.label === 'Valjean')?.strength).toBe(158);
    expect(weighted.definitions).toMatchObject({ weighted: true, distance: 'inverse-weight' });
  });

  it('writes CSV, one row per actor, to a file', () => {
    const out = join(dir, 'miserables.csv');
    const { code } = tejido([
      join(realWorld, 'gephi-les-miserables.graphml'),
      '--format',
      'csv',
      '--measures',
      'degree,betweenness',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,label,degree,betweenness');
    expect(lines).toHaveLength(78);
    expect(lines.some((line) => line.startsWith('11,Valjean,36,'))).toBe(true);
  });
});

describe.runIf(haveFixtures)(
  'tejido analyze on Pajek, UCINET and Excel files, without an actor',
  () => {
    const padgett = join(realWorld, 'pajek-padgett-florentine-matrix.net');

    it('asks which relation of a file holding several to analyse', () => {
      const { code, err } = tejido([padgett]);
      expect(code).toBe(2);
      expect(err).toContain('Marital, Business');
      expect(tejido([padgett, '--relation', 'kinship']).code).toBe(2);
    });

    it('measures the marriage network without the Medici, as NetworkX does', () => {
      const report = analyzeJson([padgett, '--relation', 'marital', '--without', 'Medici']);
      expect(report.network).toMatchObject({ actors: 16, ties: 20, components: 2 });
      // NetworkX: florentine_families_graph() plus the isolated Pucci, Medici removed:
      // 4 components, the largest holding 11 of 15, density 0.13333333333333333.
      const without = report.without_actor!;
      expect(without).toMatchObject({ id: '9', label: 'Medici' });
      expect(without.network).toMatchObject({ actors: 15, ties: 14, components: 4 });
      expect(without.network.largest_component_share).toBeCloseTo(11 / 15, 12);
      expect(without.network.density).toBeCloseTo(0.13333333333333333, 12);
      expect(without.difference.components).toBe(2);
      expect(without.difference.largest_component_share).toBeCloseTo(11 / 15 - 15 / 16, 12);
    });

    it('reads an Excel adjacency matrix, its cells as directed weights, self-loops left out', () => {
      const matrix = join(realWorld, 'gephi-adjacency-matrix.xlsx');
      const report = analyzeJson([matrix, '--weight', 'weight', '--measures', 'ties,strength']);
      // Rows send, columns receive: A→B, A→D, B→A, D→B 2.8, and C→C, D→D 1.2 on the diagonal.
      expect(report.network).toEqual({ ties: 4 });
      expect(report.definitions).toMatchObject({ directed: true, weighted: true });
      expect(report.nodes.map((node) => [node.id, node.strength])).toEqual([
        ['A', 3],
        ['B', 4.8],
        ['C', 0],
        ['D', 3.8],
        ['E', 0],
      ]);
    });

    it('writes the comparison as CSV: whole network, without the actor, difference', () => {
      const karate = join(realWorld, 'ucinet-dl-fullmatrix-zachary-karate.dl');
      const { code, out } = tejido([
        karate,
        '--relation',
        'ZACHE',
        '--without',
        '1',
        '--measures',
        'components,average_path_length,degree',
        '--format',
        'csv',
      ]);
      expect(code).toBe(0);
      const lines = out
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('measure,with,without,difference');
      expect(lines[1]).toBe('components,1,3,2');
      // NetworkX: karate_club_graph() without node 0 (Mr Hi), largest component's average
      // shortest path 2.2792022792022792; whole network 2.408199643493761.
      const path = lines[2]!.split(',').map(Number);
      expect(path[1]).toBeCloseTo(2.408199643493761, 12);
      expect(path[2]).toBeCloseTo(2.2792022792022792, 12);
      expect(lines).toHaveLength(3);
    });
  },
);

describe('tejido analyze on a nodes + ties CSV pair', () => {
  const nodes = write(
    'nodos.csv',
    'Id,Label,Sector\n12,Señora Peña,cso\n3,Beto,government\n7,Aislada,donor\n',
  );
  const ties = write('vinculos.csv', 'Source,Target,Weight,Horas\n12,3,2,x\n');

  it('keeps ids as written, accents, and the isolate', () => {
    const report = analyzeJson(['--nodes', nodes, '--ties', ties]);
    expect(report.nodes.map((node) => node.id)).toEqual(['12', '3', '7']);
    expect(report.nodes[0]?.label).toBe('Señora Peña');
    expect(report.nodes.find((node) => node.id === '7')?.degree).toBe(0);
    expect(report.network.components).toBe(2);
  });

  it('says which rows it left out and why', () => {
    const stray = write('sueltos.csv', 'Source,Target\n12,3\n3,99\n');
    const { code, out, err } = tejido(['--nodes', nodes, '--ties', stray, '--measures', 'degree']);
    expect(code).toBe(0);
    expect(err).toContain('Left out:');
    expect(err).toContain('99');
    expect((JSON.parse(out) as Report).network).toEqual({});
  });

  it('refuses a file it cannot read at all', () => {
    const broken = write('roto.gexf', 'not xml');
    const { code, err } = tejido([broken]);
    expect(code).toBe(1);
    expect(err).toContain('Nothing was analysed');
  });

  it('refuses a weight column that is not numeric, naming the tie', () => {
    const { code, err } = tejido(['--nodes', nodes, '--ties', ties, '--weight', 'Horas']);
    expect(code).toBe(1);
    expect(err).toContain('12 – 3');
    expect(err).toContain('“x”');
  });

  it('refuses a weight column that does not exist, listing the ones that do', () => {
    const { code, err } = tejido(['--nodes', nodes, '--ties', ties, '--weight', 'peso_real']);
    expect(code).toBe(1);
    expect(err).toContain('"peso_real"');
    expect(err).toContain('Horas');
  });

  it('refuses negative weights for path measures but not for degree', () => {
    const negative = write('negativos.csv', 'Source,Target,Weight\n1,2,-1\n2,3,2\n');
    const refused = tejido(['--ties', negative, '--weight', 'Weight']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('positive weights');
    expect(tejido(['--ties', negative, '--weight', 'Weight', '--measures', 'degree']).code).toBe(0);
  });

  it('names an unknown measure, in Spanish when LANG says so', () => {
    const { code, err } = tejido(['--ties', ties, '--measures', 'degree,grado'], 'es_MX.UTF-8');
    expect(code).toBe(2);
    expect(err).toContain('grado');
    expect(err).toContain('betweenness_normalized');
  });

  it('refuses a day when the ties have no dates', () => {
    const { code, err } = tejido(['--ties', ties, '--at', '2020-01-01']);
    expect(code).toBe(1);
    expect(err).toContain('no dates');
  });
});

describe('tejido analyze on a project', () => {
  const project = join(dir, 'muestra.tejido');
  createSampleProject(project, sampleDir);

  it('finds the convener first by betweenness and the learning communities by name', () => {
    const report = analyzeJson([project, '--at', '2019-06-30']);
    expect(report.nodes).toHaveLength(72);
    const top = [...report.nodes].sort((a, b) => Number(b.betweenness) - Number(a.betweenness))[0];
    expect(top).toMatchObject({ id: 'a001', label: 'Red Impulso Cívico A.C.' });
    expect(Object.keys(report.groups.group_ei as object)[0]).toMatch(/^Comunidad de Aprendizaje 1/);
    expect(report.definitions).toMatchObject({
      at: '2019-06-30',
      statuses: ['existing'],
      direction_reason: 'mixed-undirected',
    });
  });

  it('refuses a day before the first tie, and a day that does not exist', () => {
    const before = tejido([project, '--at', '1990-01-01']);
    expect(before.code).toBe(1);
    expect(before.err).toContain('2017-01-16');
    const impossible = tejido([project, '--at', '2019-02-30']);
    expect(impossible.code).toBe(2);
  });

  it('measures the network without the convener, named without accents', () => {
    const report = analyzeJson([
      project,
      '--at',
      '2019-06-30',
      '--without',
      'red impulso civico',
      '--measures',
      'actors,largest_component_share,betweenness_centralization',
    ]);
    const without = report.without_actor!;
    expect(without.id).toBe('a001');
    expect(without.network.actors).toBe(71);
    // The convener holds the network together: without it, it splits and no one brokers.
    expect(without.difference.largest_component_share).toBeLessThan(0);
    expect(without.difference.betweenness_centralization).toBeLessThan(0);
    const unknown = tejido([project, '--without', 'Fundación Inexistente']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Fundación Inexistente');
  });

  it('analyses only the tie types named by --relation, and lists them for an unknown one', () => {
    const all = analyzeJson([project, '--measures', 'ties']);
    const funding = analyzeJson([project, '--relation', 'Financiamiento', '--measures', 'ties']);
    expect(funding.network.ties).toBeGreaterThan(0);
    expect(funding.network.ties).toBeLessThan(Number(all.network.ties));
    expect(funding.definitions.tie_types).toEqual(['funding']);
    const unknown = tejido([project, '--relation', 'amistad']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('funding (Funding / Financiamiento)');
  });

  it('counts brokerage roles by sector when the ties are read as directed', () => {
    const report = analyzeJson([project, '--directed', '--measures', 'brokerage_total']);
    const totals = report.nodes.map((node) => node.brokerage_total);
    expect(totals.every((total) => typeof total === 'number')).toBe(true);
    expect(Math.max(...(totals as number[]))).toBeGreaterThan(0);
    const undirected = analyzeJson([project, '--undirected', '--measures', 'brokerage_total']);
    expect(undirected.nodes.every((node) => node.brokerage_total === null)).toBe(true);
  });
});
