import { describe, expect, it } from 'vitest';
import { readGexf } from '../../../../../shared/formats/gexf/read-gexf.ts';
import { writeGexf } from '../../../../../shared/formats/gexf/write-gexf.ts';
import { createActor, createTie } from '../../../../../shared/formats/graph-files/records.ts';
import { emptyNetwork, type ParsedNetwork } from '../../../../../shared/formats/parsed-network.ts';

function sampleNetwork(): ParsedNetwork {
  const network = emptyNetwork('gexf');
  network.directed = true;
  const red = createActor('1', 'Red Mujeres AC', { file: 'x' });
  red.sector = 'cso';
  red.kind = 'organisation';
  red.region = 'Oaxaca';
  red.attributes = { founded: 1998, budget: 12.5, certified: true, note: 'a & b < "c"\nline two' };
  const city = createActor('2', 'Municipio de Oaxaca', { file: 'x' });
  city.sector = 'government';
  city.attributes = { founded: 1532 };
  network.actors.push(red, city);
  const funding = createTie('2', '1', { file: 'x' });
  funding.id = 't1';
  funding.type = 'funding';
  funding.weight = 3;
  funding.directed = true;
  funding.evidence = 'survey';
  funding.note = 'Fondo 2021';
  funding.spells = [
    { start: '2021-01-01', end: '2022-01-01' },
    { start: '2023-06-15', end: null },
  ];
  funding.attributes = { amount: 250000.75 };
  const potential = createTie('1', '2', { file: 'x' });
  potential.status = 'potential';
  potential.spells = [{ start: null, end: '2020-03-01' }];
  network.ties.push(funding, potential);
  return network;
}

/** What a round-trip must keep: everything but the place each record was read from. */
function comparable(network: ParsedNetwork) {
  return {
    directed: network.directed,
    actors: network.actors.map((actor) => ({ ...actor, origin: null })),
    ties: network.ties.map((tie) => ({ ...tie, origin: null })),
  };
}

describe('writeGexf', () => {
  it('gives back the same actors, ties, attributes and spells when read again', () => {
    const network = sampleNetwork();
    const back = readGexf(writeGexf(network), 'back.gexf');
    expect(back.problems).toEqual([]);
    expect(comparable(back)).toEqual(comparable(network));
  });

  it('writes a dynamic graph with date spells and inclusive ends, as Gephi reads them', () => {
    const text = writeGexf(sampleNetwork(), { lastModified: '2024-05-01' });
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('mode="dynamic" timeformat="date" timerepresentation="interval"');
    expect(text).toContain('<spell start="2021-01-01" end="2021-12-31"/>');
    expect(text).toContain('<spell end="2020-02-29"/>');
    expect(text).toContain('lastmodifieddate="2024-05-01"');
    expect(text).toContain('title="sector" type="string"');
  });

  it('writes a static graph when nothing has dates, and keeps positions as viz', () => {
    const network = emptyNetwork('gexf');
    const actor = createActor('a', 'A', { file: 'x' });
    actor.attributes = { x: 1, y: 2, size: 5, color: '#00ff80' };
    network.actors.push(actor);
    const text = writeGexf(network);
    expect(text).toContain('mode="static"');
    expect(text).toContain('<viz:position x="1" y="2"/>');
    expect(readGexf(text, 'viz.gexf').actors[0]!.attributes).toEqual(actor.attributes);
  });
});
