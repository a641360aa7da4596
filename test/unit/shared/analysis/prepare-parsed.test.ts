import { describe, expect, it } from 'vitest';
import type { GraphSelection } from '../../../../shared/analysis/graph-selection.ts';
import {
  prepareParsed,
  type PrepareParsedOptions,
} from '../../../../shared/analysis/prepare-parsed.ts';
import type { Adjacency } from '../../../../shared/graph/adjacency.ts';
import {
  emptyNetwork,
  type ParsedActor,
  type ParsedNetwork,
  type ParsedTie,
} from '../../../../shared/formats/parsed-network.ts';
import { analyzePrepared } from '../../../../shared/metrics/analyze.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';

const origin = { file: 'red.csv' };

function actor(id: string, name: string, sector: string | null = null): ParsedActor {
  return { id, name, sector, kind: null, region: null, attributes: {}, origin };
}

function tie(source: string, target: string, extra: Partial<ParsedTie> = {}): ParsedTie {
  return {
    id: null,
    source,
    target,
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
    origin,
    ...extra,
  };
}

function network(actors: ParsedActor[], ties: ParsedTie[], directed: boolean | null = null) {
  const result: ParsedNetwork = { ...emptyNetwork('csv'), actors, ties, directed };
  return result;
}

/**
 * Everything a file reading could get wrong: ids that look like numbers, a
 * repeated id, accents, an isolate, ends by name and ends not among the actors, a self-loop,
 * parallel ties, ties directed on their own in an undirected file, a potential and a dated
 * tie, weights in the tie and in an attribute.
 */
const file: ParsedNetwork = {
  ...emptyNetwork('gexf'),
  directed: null,
  actors: [
    actor('12', 'Señora Peña', 'cso'),
    actor('3', 'Ñandú A.C.', 'gov'),
    actor('3', 'Duplicado', 'iso'),
    actor('07', 'Cero siete'),
    actor('solo', 'Aislada', 'cso'),
  ],
  ties: [
    tie('12', '3', { weight: 2, attributes: { horas: 5 } }),
    tie('3', '12', { weight: 1, attributes: { horas: 1 }, directed: true }),
    tie('12', '3', { weight: 3, attributes: { horas: 2 } }),
    tie('3', '07', { weight: 0.5, attributes: { horas: 4 } }),
    tie('07', '07', { weight: 9, attributes: { horas: 9 } }),
    tie('Cero siete', 'Nueva', { endsBy: 'name', weight: 2, attributes: { horas: 3 } }),
    tie('99', '12', { weight: 1, attributes: { horas: 1 }, directed: true }),
    tie('12', '07', { status: 'potential', attributes: { horas: 1 } }),
    tie('3', 'Nueva', {
      spells: [{ start: '2024-01-01', end: '2025-01-01' }],
      attributes: { horas: 2 },
    }),
  ],
};

/** Each actor's neighbours (by id) with the tie's weight, from the out-rows. */
function rowsOf(adjacency: Adjacency): Record<string, Record<string, number>> {
  const rows: Record<string, Record<string, number>> = {};
  adjacency.ids.forEach((id, node) => {
    const row: Record<string, number> = {};
    for (let arc = adjacency.outOffsets[node]!; arc < adjacency.outOffsets[node + 1]!; arc += 1)
      row[adjacency.ids[adjacency.outTargets[arc]!]!] = adjacency.outWeights[arc]!;
    rows[id] = row;
  });
  return rows;
}

const defaults: Pick<GraphSelection, 'statuses' | 'tieTypes' | 'at' | 'actors'> = {
  statuses: ['existing'],
  tieTypes: null,
  at: null,
  actors: 6,
};

/**
 * Each reading of `file`, worked out by hand: the selection, and every actor's row. The
 * self-loop 07–07 is dropped (it still counts among the selected ties), the three 12–3 ties
 * merge into one weighing their sum, ends by name find "Cero siete" (07) and create "Nueva",
 * "99" becomes an actor, the potential tie stays out, the tie dated 2024 is out in 2023.
 */
const readings: [
  string,
  PrepareParsedOptions,
  GraphSelection,
  Record<string, Record<string, number>>,
][] = [
  [
    // Two ties are directed on their own, the rest not: mixed, read as undirected.
    'as the file says',
    {},
    { ...defaults, directed: false, directionReason: 'mixed-undirected', weight: null, ties: 8 },
    {
      '12': { '3': 3, '99': 1 },
      '3': { '12': 3, '07': 1, Nueva: 1 },
      '07': { '3': 1, Nueva: 1 },
      solo: {},
      Nueva: { '07': 1, '3': 1 },
      '99': { '12': 1 },
    },
  ],
  [
    'undirected, tie weights',
    { direction: 'undirected', weight: { from: 'tie' } },
    {
      ...defaults,
      directed: false,
      directionReason: 'forced-undirected',
      weight: 'weight',
      ties: 8,
    },
    {
      '12': { '3': 6, '99': 1 },
      '3': { '12': 6, '07': 0.5, Nueva: 1 },
      '07': { '3': 0.5, Nueva: 2 },
      solo: {},
      Nueva: { '07': 2, '3': 1 },
      '99': { '12': 1 },
    },
  ],
  [
    // Directed: the ties without a direction of their own count both ways.
    'directed, attribute weights',
    { direction: 'directed', weight: { from: 'attribute', name: 'horas' } },
    { ...defaults, directed: true, directionReason: 'forced-directed', weight: 'horas', ties: 8 },
    {
      '12': { '3': 7 },
      '3': { '12': 8, '07': 4, Nueva: 2 },
      '07': { '3': 4, Nueva: 3 },
      solo: {},
      Nueva: { '07': 3, '3': 2 },
      '99': { '12': 1 },
    },
  ],
  [
    'on a day',
    { at: '2023-06-01' },
    {
      ...defaults,
      directed: false,
      directionReason: 'mixed-undirected',
      weight: null,
      at: '2023-06-01',
      ties: 7,
    },
    {
      '12': { '3': 3, '99': 1 },
      '3': { '12': 3, '07': 1 },
      '07': { '3': 1, Nueva: 1 },
      solo: {},
      Nueva: { '07': 1 },
      '99': { '12': 1 },
    },
  ],
];

describe('prepareParsed', () => {
  it.each(readings)('reads the file (%s)', (_label, options, selection, rows) => {
    const { prepared, selection: found, labels } = prepareParsed(file, options);
    expect(found).toEqual(selection);
    expect(rowsOf(prepared.adjacency)).toEqual(rows);
    expect(prepared.adjacency.directed).toBe(selection.directed);
    expect(prepared.adjacency.weighted).toBe(selection.weight !== null);
    expect(prepared.sectors).toEqual(['cso', 'gov', null, 'cso', null, null]);
    expect([...labels]).toEqual([
      ['12', 'Señora Peña'],
      ['3', 'Ñandú A.C.'],
      ['07', 'Cero siete'],
      ['solo', 'Aislada'],
      ['Nueva', 'Nueva'],
      ['99', '99'],
    ]);
  });

  it('gives in-rows that mirror the out-rows when directed', () => {
    const { adjacency } = prepareParsed(file, { direction: 'directed' }).prepared;
    const incoming: string[] = [];
    const outgoing: string[] = [];
    adjacency.ids.forEach((id, node) => {
      for (let arc = adjacency.inOffsets[node]!; arc < adjacency.inOffsets[node + 1]!; arc += 1)
        incoming.push(`${adjacency.ids[adjacency.inSources[arc]!]!}→${id}`);
      for (let arc = adjacency.outOffsets[node]!; arc < adjacency.outOffsets[node + 1]!; arc += 1)
        outgoing.push(`${id}→${adjacency.ids[adjacency.outTargets[arc]!]!}`);
    });
    expect(incoming.sort()).toEqual(outgoing.sort());
  });

  it('adds an actor named only by a tie, and matches ends given by name', () => {
    const { prepared } = prepareParsed(
      network([actor('1', 'Ana')], [tie('Ana', 'Beto', { endsBy: 'name' })]),
    );
    expect(rowsOf(prepared.adjacency)).toEqual({ '1': { Beto: 1 }, Beto: { '1': 1 } });
  });

  it('follows the file direction, and the flags when given', () => {
    const data = network([actor('a', 'a'), actor('b', 'b')], [tie('a', 'b')], true);
    expect(prepareParsed(data).selection).toMatchObject({
      directed: true,
      directionReason: 'all-directed',
    });
    expect(prepareParsed(data, { direction: 'undirected' }).selection).toMatchObject({
      directed: false,
      directionReason: 'forced-undirected',
    });
  });

  it('uses an attribute as weight: strength sums it', () => {
    const { prepared, selection } = prepareParsed(
      network([actor('a', 'a'), actor('b', 'b')], [tie('a', 'b', { attributes: { horas: 4 } })]),
      { weight: { from: 'attribute', name: 'horas' } },
    );
    expect(selection.weight).toBe('horas');
    expect(analyzePrepared(prepared, { weight: 'horas' }).nodes[0]?.strength).toBe(4);
  });

  it('leaves potential ties and ties inactive on the day out', () => {
    const data = network(
      [actor('a', 'a'), actor('b', 'b'), actor('c', 'c')],
      [
        tie('a', 'b', { status: 'potential' }),
        tie('b', 'c', { spells: [{ start: '2020-01-01', end: '2021-01-01' }] }),
      ],
    );
    expect(prepareParsed(data).prepared.adjacency.size).toBe(1);
    expect(
      prepareParsed(data, { statuses: ['existing', 'potential'] }).prepared.adjacency.size,
    ).toBe(2);
    expect(prepareParsed(data, { at: '2022-01-01' }).prepared.adjacency.size).toBe(0);
    expect(prepareParsed(data, { at: '2020-06-01' }).prepared.adjacency.size).toBe(1);
  });

  it('keeps ids as written, accents and the isolate', () => {
    const { prepared, labels } = prepareParsed(file);
    expect(prepared.adjacency.ids).toEqual(['12', '3', '07', 'solo', 'Nueva', '99']);
    expect(labels.get('3')).toBe('Ñandú A.C.');
    expect(prepared.adjacency.outOffsets[4]! - prepared.adjacency.outOffsets[3]!).toBe(0);
  });

  it('names the tie whose weight attribute is missing or not a number', () => {
    const missing = { ...file, ties: [tie('12', '3')] };
    expect(() => prepareParsed(missing, { weight: { from: 'attribute', name: 'horas' } })).toThrow(
      new MeasureError('measure.weightMissing', {
        attribute: 'horas',
        edge: '12–3',
        source: '12',
        target: '3',
      }),
    );
    const words = { ...file, ties: [tie('12', '3', { id: 'e1', attributes: { horas: 'mucho' } })] };
    try {
      prepareParsed(words, { weight: { from: 'attribute', name: 'horas' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MeasureError);
      expect((error as MeasureError).code).toBe('measure.weightNotNumeric');
      expect((error as MeasureError).params).toMatchObject({ value: 'mucho', source: '12' });
    }
  });
});
