import { describe, expect, it } from 'vitest';
import { readPajek } from '../../../../../shared/formats/pajek/read-pajek.ts';

describe('readPajek', () => {
  it('reads quoted labels, coordinates, shape and drawing parameters as attributes', () => {
    const network = readPajek(
      '*Network Demo\r\n*Vertices 3\r\n1 "Red Mujeres AC"\t0.1 0.2 ellipse x_fact 1 ic Red\r\n2 Beta ic RGBF1F5D5 0.5 0.6 box\r\n',
      'v.net',
    );
    expect(network.problems).toEqual([]);
    expect(network.attributes).toEqual({ name: 'Demo' });
    expect(network.actors.map((actor) => [actor.id, actor.name, actor.attributes])).toEqual([
      ['1', 'Red Mujeres AC', { x: 0.1, y: 0.2, shape: 'ellipse', x_fact: 1, ic: 'Red' }],
      ['2', 'Beta', { ic: 'RGBF1F5D5', x: 0.5, y: 0.6, shape: 'box' }],
      ['3', '3', {}],
    ]);
  });

  it('reads arcs as directed and edges as undirected in one file, with weights and loops', () => {
    const network = readPajek(
      '% a comment\n*vertices 3\n*arcs \n1 2 2.5 c Blue l "Bezier loop"\n3 3 -1\n*EDGES\n2 3\n',
      'ties.net',
    );
    expect(network.directed).toBeNull();
    expect(
      network.ties.map((tie) => [tie.source, tie.target, tie.directed, tie.weight, tie.attributes]),
    ).toEqual([
      ['1', '2', true, 2.5, { c: 'Blue', l: 'Bezier loop' }],
      ['3', '3', true, -1, {}],
      ['2', '3', false, 1, {}],
    ]);
  });

  it('reads *Matrix relations, a symmetric matrix as undirected ties', () => {
    const network = readPajek(
      '*Vertices 2\n1 "A"\n2 "B"\n*Matrix :1 "Marital"\n0 1\n1 0\n*Matrix :2 "Business"\n0 3\n0 0',
      'm.net',
    );
    expect(network.relations).toEqual(['Marital', 'Business']);
    expect(network.ties.map((tie) => [tie.relation, tie.directed, tie.weight])).toEqual([
      ['Marital', false, 1],
      ['Business', true, 3],
    ]);
  });

  it('reads arcs lists and edges lists', () => {
    const network = readPajek('*Vertices 3\n*Arcslist\n1 2 3\n*Edgeslist\n2 3\n', 'l.net');
    expect(
      network.ties.map((tie) => `${tie.source}${tie.directed ? '>' : '-'}${tie.target}`),
    ).toEqual(['1>2', '1>3', '2-3']);
  });

  it('rejects ties to vertices that do not exist and warns about ignored sections', () => {
    const network = readPajek('*Vertices 2\n*Arcs\n1 5\n*Partition x\n1\n', 'bad.net');
    expect(network.ties).toEqual([]);
    expect(network.problems).toMatchObject([
      {
        severity: 'error',
        code: 'unknownNode',
        params: { id: '5', line: 3 },
        place: { row: 3, column: '2' },
      },
      { severity: 'warning', code: 'pajekSectionIgnored', params: { section: 'partition' } },
    ]);
  });

  it('answers a file without vertices with one error', () => {
    expect(readPajek('hello world', 'x.net').problems).toMatchObject([
      { severity: 'error', code: 'pajekNoVertices' },
    ]);
  });
});
