import { describe, expect, it } from 'vitest';
import { createActor, createTie } from '../../../../../shared/formats/graph-files/records.ts';
import { readGraphml } from '../../../../../shared/formats/graphml/read-graphml.ts';
import { writeGraphml } from '../../../../../shared/formats/graphml/write-graphml.ts';
import { emptyNetwork, type ParsedNetwork } from '../../../../../shared/formats/parsed-network.ts';

function sampleNetwork(): ParsedNetwork {
  const network = emptyNetwork('graphml');
  network.directed = false;
  network.attributes = { survey: 'Ronda 2024', respondents: 31 };
  const red = createActor('1', 'Red Mujeres AC', { file: 'x' });
  red.sector = 'cso';
  red.region = 'Oaxaca';
  red.attributes = { founded: 1998, certified: true, motto: ' a & b <c>\ttab\nline ' };
  const city = createActor('2', 'Municipio de Oaxaca', { file: 'x' });
  city.kind = 'organisation';
  network.actors.push(red, city);
  const tie = createTie('1', '2', { file: 'x' });
  tie.id = 'e1';
  tie.type = 'collaboration';
  tie.weight = 4;
  tie.directed = true;
  tie.status = 'potential';
  tie.evidence = 'workshop';
  tie.note = 'Taller de mayo';
  tie.relation = 'trust';
  tie.attributes = { strength: 0.75 };
  const loop = createTie('2', '2', { file: 'x' });
  network.ties.push(tie, loop, { ...tie, id: null });
  return network;
}

function comparable(network: ParsedNetwork) {
  return {
    directed: network.directed,
    attributes: network.attributes,
    actors: network.actors.map((actor) => ({ ...actor, origin: null })),
    ties: network.ties.map((tie) => ({ ...tie, origin: null })),
  };
}

describe('writeGraphml', () => {
  it('gives back the same actors, ties and attributes when read again', () => {
    const network = sampleNetwork();
    const back = readGraphml(writeGraphml(network), 'back.graphml');
    expect(back.problems).toEqual([]);
    expect(comparable(back)).toEqual(comparable(network));
  });

  it('declares each key with its type', () => {
    const text = writeGraphml(sampleNetwork());
    expect(text).toContain('for="node" attr.name="founded" attr.type="int"');
    expect(text).toContain('for="edge" attr.name="weight" attr.type="double"');
    expect(text).toContain('edgedefault="undirected"');
  });
});
