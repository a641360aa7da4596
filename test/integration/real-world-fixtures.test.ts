/**
 * Reads every GEXF, GraphML, UCINET DL and Pajek file of ../shared/fixtures/real-world in
 * place (they carry their own licences, so they are never copied here) and checks the
 * counts and features its README gives. CI has ../shared; elsewhere the suite says so and skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDl } from '../../shared/formats/dl/read-dl.ts';
import { readGexf } from '../../shared/formats/gexf/read-gexf.ts';
import { readGraphml } from '../../shared/formats/graphml/read-graphml.ts';
import type { ParsedNetwork, ParsedTie } from '../../shared/formats/parsed-network.ts';
import { readPajek } from '../../shared/formats/pajek/read-pajek.ts';
import { importProblems } from '../../shared/i18n/en/import-problems.ts';

const folder = new URL('../../../shared/fixtures/real-world/', import.meta.url);
const present = existsSync(fileURLToPath(folder));

const readers: Record<string, (text: string, file: string) => ParsedNetwork> = {
  gexf: readGexf,
  graphml: readGraphml,
  dl: readDl,
  net: readPajek,
};

function read(file: string): ParsedNetwork {
  const text = readFileSync(fileURLToPath(new URL(file, folder)), 'utf8');
  const reader = readers[file.slice(file.lastIndexOf('.') + 1)]!;
  return reader(text, file);
}

function errorsOf(network: ParsedNetwork): string[] {
  return network.problems.filter((problem) => problem.severity === 'error').map((p) => p.code);
}

function countWhere(ties: ParsedTie[], test: (tie: ParsedTie) => boolean): number {
  return ties.filter(test).length;
}

/** [file, nodes, edges] as the README's table gives them. */
const counts: [string, number, number][] = [
  ['gephi-0.8.1-les-miserables-viz-1.3.gexf', 77, 254],
  ['gephi-0.9.3-us-airports-1.3.gexf', 235, 1297],
  ['gephi-0.8.1-rio20-1.2draft.gexf', 366, 1107],
  ['gephi-0.8-dynamic-openintervals-1.2draft.gexf', 2, 1],
  ['gexf-spec-dynamic-spells-1.3.gexf', 4, 5],
  ['polinode-survey-1.2draft.gexf', 10, 20],
  ['networkx-3.2.1-spotify-artists-1.2draft.gexf', 189, 400],
  ['yed-3.23.2-groups.graphml', 5, 3],
  ['yfiles-html-2.6.graphml', 4, 4],
  ['gephi-les-miserables.graphml', 77, 254],
  ['graph-tool-football.graphml', 115, 613],
  ['socnetv-erdos-renyi.graphml', 10, 10],
  ['ucinet-dl-fullmatrix-zachary-karate.dl', 34, 156],
  ['ucinet-dl-fullmatrix-labels-thurman.dl', 15, 67],
  ['ucinet-dl-edgelist1-eies-messages.dl', 32, 460],
  ['ucinet-dl-nodelist1-embedded-labels.dl', 5, 5],
  ['pajek-campnet-arcs-edges.net', 18, 44],
  ['pajek-sampson-monks-arcs.net', 18, 41],
  ['pajek-padgett-florentine-matrix.net', 16, 35],
  ['pajek-example-drawing-attributes.net', 4, 7],
];

const suite = present ? describe : describe.skip;
const title = present
  ? 'real-world network files (../shared/fixtures/real-world)'
  : 'real-world network files: skipped, ../shared/fixtures/real-world is absent on this machine';

suite(title, () => {
  it.each(counts)('%s has %i nodes and %i edges, read without errors', (file, nodes, edges) => {
    const network = read(file);
    expect(errorsOf(network)).toEqual([]);
    expect(network.actors).toHaveLength(nodes);
    expect(network.ties).toHaveLength(edges);
    for (const problem of network.problems) expect(importProblems).toHaveProperty(problem.code);
  });

  it('maps the GEXF reference example to [start, end) spells, open bounds included', () => {
    const network = read('gexf-spec-dynamic-spells-1.3.gexf');
    expect(network.ties.map((tie) => [tie.source, tie.target, tie.spells])).toEqual([
      ['0', '1', [{ start: '2009-03-01', end: null }]],
      ['0', '2', [{ start: '2009-03-01', end: '2009-03-11' }]],
      ['1', '0', [{ start: '2009-03-01', end: null }]],
      ['2', '1', [{ start: null, end: '2009-03-11' }]],
      ['0', '3', [{ start: '2009-03-01', end: null }]],
    ]);
    const visualization = network.actors.find((actor) => actor.name === 'Visualization')!;
    expect(visualization.spells).toEqual([
      { start: null, end: '2009-03-02' },
      { start: '2009-03-05', end: '2009-03-11' },
    ]);
    expect(network.actors[0]!.spells).toEqual([{ start: '2009-03-01', end: null }]);
    expect(network.actors[3]!.attributes).toMatchObject({ frog: false, indegree: 1 });
    expect(network.actors[0]!.attributes).toMatchObject({ url: 'http://gephi.org', frog: true });
  });

  it('keeps the Gephi 0.8 double-time file as numbers, startopen/endopen included, with warnings', () => {
    const network = read('gephi-0.8-dynamic-openintervals-1.2draft.gexf');
    expect(network.ties[0]!.spells).toEqual([]);
    expect(network.actors[0]!.attributes).toMatchObject({
      value: 25,
      'value history': '<[2000.0, 2005.0, 15]; (2005.0, 2010.0, 20); [2010.0, 2015.0, 25)>',
      size: 10,
      color: '#999999',
    });
    expect(network.problems.map((problem) => problem.code)).toContain('numericTimeKept');
    expect(network.problems.map((problem) => problem.code)).toContain('dynamicValuesFlattened');
  });

  it('keeps GEXF labels as written, mojibake and non-ASCII alike', () => {
    const airports = read('gephi-0.9.3-us-airports-1.3.gexf');
    expect(airports.actors.some((actor) => actor.name.includes('OrlÃ©ans'))).toBe(true);
    const spotify = read('networkx-3.2.1-spotify-artists-1.2draft.gexf');
    expect(spotify.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(['Blue Öyster Cult', 'Motörhead', 'Mötley Crüe']),
    );
    const rio = read('gephi-0.8.1-rio20-1.2draft.gexf');
    expect(rio.directed).toBe(true);
    expect(Object.keys(rio.actors[0]!.attributes)).toContain('Nature of institution:');
  });

  it('counts the yEd group node as an actor and names actors from y:NodeLabel', () => {
    const network = read('yed-3.23.2-groups.graphml');
    expect(countWhere(network.ties, () => true)).toBe(3);
    expect(network.actors.filter((actor) => actor.attributes.groupNode === true)).toHaveLength(1);
    expect(network.actors.map((actor) => actor.name)).toEqual([
      'Ivrea',
      'Turin',
      'Northern Italy',
      'Savona',
      'Brescia',
    ]);
  });

  it('reads yFiles for HTML labels, parallel edges and the self-loop, ignoring markup in CDATA', () => {
    const network = read('yfiles-html-2.6.graphml');
    expect(network.actors.map((actor) => actor.name)).toContain('őð中');
    expect(network.actors[0]!.attributes.description).toBe('<node id="n3">');
    expect(countWhere(network.ties, (tie) => tie.source === 'n2' && tie.target === 'n1')).toBe(2);
    expect(countWhere(network.ties, (tie) => tie.source === tie.target)).toBe(1);
  });

  it('reads each DL matrix as its own relation, symmetric ones as undirected', () => {
    const karate = read('ucinet-dl-fullmatrix-zachary-karate.dl');
    expect(karate.relations).toEqual(['ZACHE', 'ZACHC']);
    for (const relation of karate.relations) {
      expect(countWhere(karate.ties, (tie) => tie.relation === relation && !tie.directed)).toBe(78);
    }
    const thurman = read('ucinet-dl-fullmatrix-labels-thurman.dl');
    expect(
      countWhere(thurman.ties, (tie) => tie.relation === 'THURA' && tie.directed === true),
    ).toBe(34);
    expect(
      countWhere(thurman.ties, (tie) => tie.relation === 'THURM' && tie.directed === false),
    ).toBe(33);
    expect(thurman.actors[0]!.id).toBe('ANN');
    const eies = read('ucinet-dl-edgelist1-eies-messages.dl');
    expect(countWhere(eies.ties, (tie) => tie.source === tie.target)).toBe(20);
    const nodelist = read('ucinet-dl-nodelist1-embedded-labels.dl');
    expect(nodelist.actors.map((actor) => actor.id)).toEqual([
      'george',
      'sally',
      'jim',
      'billy',
      'jane',
    ]);
  });

  it('reads Pajek arcs and edges apart, matrix relations, negative weights and loops', () => {
    const campnet = read('pajek-campnet-arcs-edges.net');
    expect(countWhere(campnet.ties, (tie) => tie.directed === true)).toBe(16);
    expect(countWhere(campnet.ties, (tie) => tie.directed === false)).toBe(28);
    expect(campnet.actors[0]).toMatchObject({ name: 'HOLLY', attributes: { shape: 'circle' } });
    const sampson = read('pajek-sampson-monks-arcs.net');
    expect(countWhere(sampson.ties, (tie) => tie.directed === true)).toBe(25);
    expect(countWhere(sampson.ties, (tie) => tie.directed === false)).toBe(16);
    const padgett = read('pajek-padgett-florentine-matrix.net');
    expect(padgett.relations).toEqual(['Marital', 'Business']);
    expect(countWhere(padgett.ties, (tie) => tie.relation === 'Marital' && !tie.directed)).toBe(20);
    expect(countWhere(padgett.ties, (tie) => tie.relation === 'Business' && !tie.directed)).toBe(
      15,
    );
    const links = read('pajek-example-drawing-attributes.net');
    expect(countWhere(links.ties, (tie) => tie.weight < 0)).toBe(2);
    expect(countWhere(links.ties, (tie) => tie.source === tie.target)).toBe(2);
  });
});
