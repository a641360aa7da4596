import { describe, expect, it } from 'vitest';
import { NetworkSnapshot } from '../../../../shared/api/network.ts';
import { buildGraph, type BuildGraphOptions } from '../../../../shared/analysis/build-graph.ts';
import { prepareSnapshot } from '../../../../shared/analysis/prepare-snapshot.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import { analyze, analyzePrepared } from '../../../../shared/metrics/analyze.ts';
import {
  analyzeWithoutActor,
  preparedWithoutActor,
} from '../../../../shared/metrics/without-actor.ts';
import { hashOf, idNumbers } from '../../../../shared/graph/id-numbers.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import { actor, tie } from '../map/fixtures.ts';

const directedType = DEFAULT_TIE_TYPES.find((type) => type.directed)!.key;
const undirectedType = DEFAULT_TIE_TYPES.find((type) => !type.directed)!.key;

/**
 * A small project network with everything that could go differently on the direct path:
 * an isolate, an actor without a sector, a self-loop, parallel ties, both tie kinds, a
 * potential tie, a dated tie and weights.
 */
const snapshot = NetworkSnapshot.parse({
  actors: ['a', 'b', 'c', 'd', 'e', 'lone'].map((id) => ({
    id,
    name: `Actor ${id}`,
    sector: id === 'e' ? null : id < 'c' ? 'iso' : 'cso',
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
  })),
  ties: (
    [
      ['t1', 'a', 'b', directedType, 2],
      ['t2', 'b', 'a', directedType, 1],
      ['t3', 'b', 'c', undirectedType, 3],
      ['t4', 'b', 'c', undirectedType, 1],
      ['t5', 'c', 'c', undirectedType, 9],
      ['t6', 'c', 'd', directedType, 1],
      ['t7', 'd', 'e', undirectedType, 0.5],
      ['t8', 'e', 'a', directedType, 4, 'potential'],
      ['t9', 'a', 'd', undirectedType, 1, 'existing', '2024-06-01'],
    ] as const
  ).map(([id, source, target, type, weight, status, start]) => ({
    id,
    source,
    target,
    type,
    weight,
    status: status ?? 'existing',
    spells: start ? [{ start, end: null }] : [],
    evidence: null,
    note: '',
    attributes: {},
  })),
  sectors: DEFAULT_SECTORS,
  tieTypes: DEFAULT_TIE_TYPES,
});

const groups = { g1: ['a', 'b', 'c'], g2: ['d', 'e', 'nobody'] };

const readings: [string, BuildGraphOptions][] = [
  ['mixed read as undirected', {}],
  ['mixed read as directed', { direction: 'directed' }],
  ['weighted and directed', { direction: 'directed', weighted: true }],
  ['weighted, potential ties in', { weighted: true, statuses: ['existing', 'potential'] }],
  ['on a day', { at: '2024-01-01', direction: 'directed' }],
];

describe('prepareSnapshot', () => {
  it.each(readings)('gives what buildGraph + analyze give (%s)', (_label, options) => {
    const built = buildGraph(snapshot, options);
    const expected = analyze(built.graph, {
      directed: built.selection.directed,
      weight: built.selection.weight,
      groups,
    });
    const { prepared, selection } = prepareSnapshot(snapshot, { ...options, groups });
    expect(selection).toEqual(built.selection);
    expect(analyzePrepared(prepared, { weight: selection.weight })).toEqual(expected);
  });

  it('drops the self-loop and sums the parallel ties', () => {
    const { adjacency } = prepareSnapshot(snapshot, { weighted: true }).prepared;
    const rowOf = (id: string): Map<string, number> => {
      const node = adjacency.ids.indexOf(id);
      const row = new Map<string, number>();
      for (let arc = adjacency.outOffsets[node]!; arc < adjacency.outOffsets[node + 1]!; arc += 1)
        row.set(adjacency.ids[adjacency.outTargets[arc]!]!, adjacency.outWeights[arc]!);
      return row;
    };
    expect(rowOf('c').has('c')).toBe(false);
    expect(rowOf('b').get('c')).toBe(4);
    // Read as undirected, a→b (2) and b→a (1) are one tie of mutual weight 3.
    expect(rowOf('a').get('b')).toBe(3);
    expect(rowOf('lone').size).toBe(0);
  });

  it('reads ids that look like numbers or object keys as plain ids, and skips unknown ends', () => {
    const ids = ['12', '__proto__', 'constructor', '0', '012', 'toString'];
    const undirected = (id: string, source: string, target: string) =>
      tie(id, source, target, { type: undirectedType });
    const odd = NetworkSnapshot.parse({
      actors: ids.map((id) => actor(id, null, { name: id })),
      ties: [
        undirected('t1', '12', '__proto__'),
        undirected('t2', 'constructor', '0'),
        undirected('t3', '0', '012'),
        undirected('t4', '12', 'nobody'),
        undirected('t5', 'hasOwnProperty', '0'),
      ],
      sectors: DEFAULT_SECTORS,
      tieTypes: DEFAULT_TIE_TYPES,
    });
    const { prepared, selection } = prepareSnapshot(odd);
    const { adjacency } = prepared;
    const neighbours = (id: string): string[] => {
      const node = adjacency.ids.indexOf(id);
      const row: string[] = [];
      for (let arc = adjacency.outOffsets[node]!; arc < adjacency.outOffsets[node + 1]!; arc += 1)
        row.push(adjacency.ids[adjacency.outTargets[arc]!]!);
      return row.sort();
    };
    expect(adjacency.ids).toEqual(ids);
    expect(selection).toMatchObject({ actors: 6, ties: 3 });
    expect(neighbours('12')).toEqual(['__proto__']);
    expect(neighbours('0')).toEqual(['012', 'constructor']);
    expect(neighbours('toString')).toEqual([]);
  });

  it.each([
    ['random ids', randomIds(80)],
    ['ids whose hashes collide (read with a Map)', crowdedIds(64)],
  ])(
    'gives what buildGraph + analyze give with unknown ends, self-loops and repeats (%s)',
    (_label, ids) => {
      const random = createRandom(ids.length);
      const pick = () => (random() < 0.05 ? 'nobody' : ids[Math.floor(random() * ids.length)]!);
      const ties = Array.from({ length: 4 * ids.length }, (_value, index) =>
        tie(`t${index}`, pick(), pick(), { type: index % 3 ? undirectedType : directedType }),
      );
      const network = NetworkSnapshot.parse({
        actors: ids.map((id) => actor(id, 'iso')),
        ties: [...ties, tie('loop', ids[1]!, ids[1]!), tie('again', ids[0]!, ids[2]!)],
        sectors: DEFAULT_SECTORS,
        tieTypes: DEFAULT_TIE_TYPES,
      });
      for (const options of [{}, { direction: 'directed' as const }]) {
        const built = buildGraph(network, options);
        const expected = analyze(built.graph, { directed: built.selection.directed });
        const { prepared, selection } = prepareSnapshot(network, options);
        expect(selection).toEqual(built.selection);
        expect(analyzePrepared(prepared)).toEqual(expected);
      }
    },
  );

  it('compares without an actor as analyzeWithoutActor does', () => {
    const built = buildGraph(snapshot, { direction: 'directed' });
    const expected = analyzeWithoutActor(built.graph, 'b', { directed: true, groups });
    const { prepared } = prepareSnapshot(snapshot, { direction: 'directed', groups });
    expect(preparedWithoutActor(prepared, 'b')).toEqual(expected);
  });
});

/** Actor ids, some alike but for their end. */
function randomIds(count: number): string[] {
  const random = createRandom(count);
  return Array.from({ length: count }, (_value, index) =>
    random() < 0.1 ? `id ${Math.floor(random() * index)}` : `id ${index} ñ`,
  );
}

/** Ids whose hashes all fall in one slot: idNumbers gives up and the Map reads them. */
function crowdedIds(count: number): string[] {
  const ids: string[] = [];
  for (let index = 0; ids.length < count; index += 1) {
    if ((hashOf(`x${index}`) & 127) === 0) ids.push(`x${index}`);
  }
  expect(idNumbers(ids)).toBeNull();
  return ids;
}
