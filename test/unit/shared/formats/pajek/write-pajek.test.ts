import { describe, expect, it } from 'vitest';
import { createActor, createTie } from '../../../../../shared/formats/graph-files/records.ts';
import { emptyNetwork, type ParsedNetwork } from '../../../../../shared/formats/parsed-network.ts';
import { readPajek } from '../../../../../shared/formats/pajek/read-pajek.ts';
import { writePajek } from '../../../../../shared/formats/pajek/write-pajek.ts';

function sampleNetwork(): ParsedNetwork {
  const network = emptyNetwork('net');
  network.attributes = { name: 'Alianzas' };
  const names = ['Red "Mujeres" AC', 'Municipio', 'Fundación Sur'];
  network.actors = names.map((name, index) => createActor(String(index + 1), name, { file: 'x' }));
  network.actors[0]!.attributes = { x: 0.25, y: 0.5, shape: 'box', ic: 'Red' };
  const tie = (
    source: string,
    target: string,
    weight: number,
    directed: boolean,
    relation: string | null,
  ) => {
    const result = createTie(source, target, { file: 'x' });
    Object.assign(result, { weight, directed, relation });
    return result;
  };
  network.ties = [
    tie('1', '2', 2.5, true, 'trust'),
    tie('2', '3', -1, false, 'trust'),
    tie('3', '3', 1, true, 'money'),
  ];
  network.ties[0]!.attributes = { c: 'Blue', l: 'Bezier arc' };
  network.relations = ['trust', 'money'];
  return network;
}

/** Pajek keeps names, vertex drawing fields, ends, weights, direction, relations and tie drawing fields. */
function summary(network: ParsedNetwork) {
  return {
    name: network.attributes,
    relations: network.relations,
    actors: network.actors.map((actor) => [actor.name, actor.attributes]),
    ties: network.ties.map((tie) => [
      tie.source,
      tie.target,
      tie.weight,
      tie.directed,
      tie.relation,
      tie.attributes,
    ]),
  };
}

describe('writePajek', () => {
  it('gives back the same names, ties, weights, directions and relations when read again', () => {
    const original = sampleNetwork();
    const text = writePajek(original);
    const back = readPajek(text, 'back.net');
    expect(back.problems).toEqual([]);
    expect(summary(back)).toEqual({
      ...summary(original),
      actors: summary(original).actors.map(([name, attributes], index) => [
        index === 0 ? "Red 'Mujeres' AC" : name,
        attributes,
      ]),
    });
    expect(text).toContain('*Arcs :1 "trust"\r\n1 2 2.5 c Blue l "Bezier arc"');
  });
});
