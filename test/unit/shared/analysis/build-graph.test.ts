import { describe, expect, it } from 'vitest';
import { NetworkSnapshot } from '../../../../shared/api/network.ts';
import { buildGraph } from '../../../../shared/analysis/build-graph.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import { analyze } from '../../../../shared/metrics/analyze.ts';

type TieInput = { id: string; source: string; target: string; type: string } & Partial<{
  status: 'existing' | 'potential';
  weight: number;
  spells: { start: string | null; end: string | null }[];
}>;

function snapshot(actorIds: string[], ties: TieInput[]): NetworkSnapshot {
  return NetworkSnapshot.parse({
    actors: actorIds.map((id) => ({
      id,
      name: `Actor ${id}`,
      sector: id === 'a' ? 'iso' : 'cso',
      kind: 'organisation',
      region: null,
      attributes: {},
      notes: '',
    })),
    ties: ties.map((tie) => ({
      weight: 1,
      status: 'existing',
      spells: [],
      evidence: null,
      note: '',
      attributes: {},
      ...tie,
    })),
    sectors: DEFAULT_SECTORS,
    tieTypes: DEFAULT_TIE_TYPES,
  });
}

const directedType = DEFAULT_TIE_TYPES.find((type) => type.directed)!.key;
const undirectedType = DEFAULT_TIE_TYPES.find((type) => !type.directed)!.key;

describe('buildGraph', () => {
  it('keeps every actor, isolates included, with sector, kind and region', () => {
    const { graph, selection } = buildGraph(
      snapshot(['a', 'b', 'c'], [{ id: 't1', source: 'a', target: 'b', type: undirectedType }]),
    );
    expect(graph.order).toBe(3);
    expect(graph.degree('c')).toBe(0);
    expect(graph.getNodeAttributes('a')).toMatchObject({ sector: 'iso', kind: 'organisation' });
    expect(selection).toMatchObject({ actors: 3, ties: 1, directed: false });
  });

  it('leaves potential ties out unless asked for them', () => {
    const data = snapshot(
      ['a', 'b', 'c'],
      [
        { id: 't1', source: 'a', target: 'b', type: undirectedType },
        { id: 't2', source: 'b', target: 'c', type: undirectedType, status: 'potential' },
      ],
    );
    expect(buildGraph(data).graph.size).toBe(1);
    expect(buildGraph(data).selection.statuses).toEqual(['existing']);
    const both = buildGraph(data, { statuses: ['existing', 'potential'] });
    expect(both.graph.size).toBe(2);
    expect(both.graph.getEdgeAttribute('t2', 'status')).toBe('potential');
  });

  it('is directed when every included tie type is directed', () => {
    const { graph, selection } = buildGraph(
      snapshot(['a', 'b'], [{ id: 't1', source: 'a', target: 'b', type: directedType }]),
    );
    expect(selection.directionReason).toBe('all-directed');
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
    expect(analyze(graph).definitions.directed).toBe(true);
  });

  it('reads a mixed network as undirected by default, a directed tie as mutual', () => {
    const data = snapshot(
      ['a', 'b', 'c'],
      [
        { id: 't1', source: 'a', target: 'b', type: directedType },
        { id: 't2', source: 'b', target: 'c', type: undirectedType },
      ],
    );
    const undirected = buildGraph(data);
    expect(undirected.selection.directionReason).toBe('mixed-undirected');
    expect(undirected.graph.type).toBe('undirected');
    const result = analyze(undirected.graph);
    expect(result.definitions.directed).toBe(false);
    expect(result.nodes.find((node) => node.id === 'a')?.degree).toBe(1);

    const directed = buildGraph(data, { direction: 'directed' });
    expect(directed.selection.directionReason).toBe('mixed-directed');
    const measured = analyze(directed.graph);
    expect(measured.definitions.directed).toBe(true);
    // a→b is one arc; the undirected b–c counts both ways.
    expect(measured.nodes.find((node) => node.id === 'b')).toMatchObject({
      inDegree: 2,
      outDegree: 1,
    });
  });

  it('ignores the direction choice when the tie types agree, unless forced', () => {
    const data = snapshot(
      ['a', 'b'],
      [{ id: 't1', source: 'a', target: 'b', type: undirectedType }],
    );
    expect(buildGraph(data, { direction: 'directed' }).selection.directed).toBe(false);
    const forced = buildGraph(data, { direction: 'directed', forceDirection: true });
    expect(forced.selection.directionReason).toBe('forced-directed');
  });

  it('keeps only the ties active on the chosen day', () => {
    const data = snapshot(
      ['a', 'b', 'c'],
      [
        {
          id: 't1',
          source: 'a',
          target: 'b',
          type: undirectedType,
          spells: [{ start: '2019-01-01', end: '2020-01-01' }],
        },
        {
          id: 't2',
          source: 'b',
          target: 'c',
          type: undirectedType,
          spells: [{ start: '2020-01-01', end: null }],
        },
      ],
    );
    expect(buildGraph(data, { at: '2019-06-01' }).graph.edges()).toEqual(['t1']);
    expect(buildGraph(data, { at: '2020-01-01' }).graph.edges()).toEqual(['t2']);
    expect(buildGraph(data).graph.size).toBe(2);
  });

  it('filters by tie type and says which types it kept', () => {
    const data = snapshot(
      ['a', 'b', 'c'],
      [
        { id: 't1', source: 'a', target: 'b', type: directedType },
        { id: 't2', source: 'b', target: 'c', type: undirectedType },
      ],
    );
    const built = buildGraph(data, { tieTypes: [undirectedType] });
    expect(built.graph.edges()).toEqual(['t2']);
    expect(built.selection).toMatchObject({ tieTypes: [undirectedType], directed: false });
  });

  it('carries weights, and names the weight attribute only when weighted', () => {
    const data = snapshot(
      ['a', 'b'],
      [{ id: 't1', source: 'a', target: 'b', type: undirectedType, weight: 3 }],
    );
    expect(buildGraph(data).selection.weight).toBeNull();
    const weighted = buildGraph(data, { weighted: true });
    expect(weighted.selection.weight).toBe('weight');
    const result = analyze(weighted.graph, { weight: weighted.selection.weight });
    expect(result.nodes[0]?.strength).toBe(3);
  });

  it('does not change the snapshot', () => {
    const data = snapshot(['a', 'b'], [{ id: 't1', source: 'a', target: 'b', type: directedType }]);
    const copy = structuredClone(data);
    buildGraph(data, { direction: 'directed', weighted: true });
    expect(data).toEqual(copy);
  });
});
