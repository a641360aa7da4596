import { describe, expect, it } from 'vitest';
import { readNetworkCsv } from '../../../../../shared/formats/csv/read-network-csv.ts';
import {
  actorsCsvChunks,
  joinCsvChunks,
  tableCsvChunks,
  tiesCsvChunks,
} from '../../../../../shared/formats/csv/write-csv.ts';
import type { ParsedActor, ParsedTie } from '../../../../../shared/formats/parsed-network.ts';

const actors: ParsedActor[] = [
  {
    id: 'a1',
    name: '=Red Mujeres, "A.C."',
    sector: 'cso',
    kind: 'organisation',
    region: 'Sonora',
    attributes: { founded: 1998, web: 'https://example.org' },
    notes: 'Line one\nline two',
    origin: { file: 'x' },
  },
  {
    id: 'a2',
    name: 'Gobierno de Sonora',
    sector: 'government',
    kind: 'person',
    region: null,
    attributes: {},
    origin: { file: 'x' },
  },
];

const ties: ParsedTie[] = [
  {
    id: 't1',
    source: 'a1',
    target: 'a2',
    endsBy: 'id',
    type: 'funding',
    directed: true,
    weight: -2.5,
    status: 'potential',
    spells: [
      { start: '2018-01-01', end: '2019-01-01' },
      { start: '2020-06-01', end: null },
    ],
    evidence: 'workshop',
    note: '+ call them',
    relation: null,
    attributes: { tema: 'prevención' },
    origin: { file: 'x' },
  },
  {
    id: 't2',
    source: 'a2',
    target: 'a1',
    endsBy: 'id',
    type: null,
    directed: null,
    weight: 1,
    status: 'existing',
    spells: [],
    evidence: null,
    note: '',
    relation: null,
    attributes: {},
    origin: { file: 'x' },
  },
];

describe('CSV writers', () => {
  it('neutralise formula-like text and quote separators, quotes and newlines', () => {
    const csv = joinCsvChunks(actorsCsvChunks(actors));
    expect(csv.startsWith('\uFEFFid,name,sector,kind,region,notes,founded,web\r\n')).toBe(true);
    expect(csv).toContain(
      `a1,"'=Red Mujeres, ""A.C.""",cso,organisation,Sonora,"Line one\nline two",1998,`,
    );
  });

  it('write one row per spell, repeating the tie id', () => {
    const lines = joinCsvChunks(tiesCsvChunks(ties, { byteOrderMark: false })).split('\r\n');
    expect(lines[1]).toBe(
      "t1,a1,a2,funding,true,-2.5,potential,workshop,2018-01-01,2019-01-01,'+ call them,prevención",
    );
    expect(lines[2]).toBe(
      "t1,a1,a2,funding,true,-2.5,potential,workshop,2020-06-01,,'+ call them,prevención",
    );
    expect(lines[3]).toBe('t2,a2,a1,,,1,existing,,,,,');
  });

  it('give back the same actors and ties when read again', async () => {
    const network = await readNetworkCsv({
      actors: {
        file: 'actors.csv',
        chunks: [joinCsvChunks(actorsCsvChunks(actors, { delimiter: ';' }))],
      },
      ties: { file: 'ties.csv', chunks: [joinCsvChunks(tiesCsvChunks(ties))] },
    });
    const strip = <T extends { origin: unknown }>(item: T): Omit<T, 'origin'> =>
      Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'origin')) as Omit<
        T,
        'origin'
      >;
    expect(network.problems.filter((problem) => problem.code !== 'negativeWeight')).toEqual([]);
    expect(network.actors.map(strip)).toEqual(actors.map(strip));
    expect(network.ties.map(strip)).toEqual(ties.map(strip));
  });

  it('write a measures table with numbers as numbers', () => {
    const csv = joinCsvChunks(
      tableCsvChunks(['actor', 'degree', 'betweenness'], [['@home', 3, 0.25]], {
        byteOrderMark: false,
      }),
    );
    expect(csv).toBe("actor,degree,betweenness\r\n'@home,3,0.25\r\n");
  });
});
