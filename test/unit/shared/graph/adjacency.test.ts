import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildAdjacency, type Adjacency } from '../../../../shared/graph/adjacency.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';

/** Row of one actor as [neighbour id, weight] pairs, read from the out- or in-arrays. */
function row(adjacency: Adjacency, id: string, side: 'out' | 'in' = 'out'): [string, number][] {
  const node = adjacency.ids.indexOf(id);
  const offsets = side === 'out' ? adjacency.outOffsets : adjacency.inOffsets;
  const ends = side === 'out' ? adjacency.outTargets : adjacency.inSources;
  const weights = side === 'out' ? adjacency.outWeights : adjacency.inWeights;
  const result: [string, number][] = [];
  for (let arc = offsets[node]!; arc < offsets[node + 1]!; arc += 1) {
    result.push([adjacency.ids[ends[arc]!]!, weights[arc]!]);
  }
  return result;
}

describe('buildAdjacency (compressed sparse rows)', () => {
  it('lists each undirected tie under both ends, neighbours in increasing number', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const id of ['a', 'b', 'c', 'd']) graph.addNode(id);
    graph.addEdge('c', 'a');
    graph.addEdge('a', 'b');
    graph.addEdge('b', 'c');
    const adjacency = buildAdjacency(graph, { directed: false, weight: null });
    expect(adjacency.order).toBe(4);
    expect(adjacency.size).toBe(3);
    expect(Array.from(adjacency.outOffsets)).toEqual([0, 2, 4, 6, 6]);
    expect(Array.from(adjacency.outTargets)).toEqual([1, 2, 0, 2, 0, 1]);
    expect(Array.from(adjacency.outWeights)).toEqual([1, 1, 1, 1, 1, 1]);
    // Undirected: the in-rows are the out-rows.
    expect(Array.from(adjacency.inOffsets)).toEqual(Array.from(adjacency.outOffsets));
    expect(Array.from(adjacency.inSources)).toEqual(Array.from(adjacency.outTargets));
    expect(row(adjacency, 'd')).toEqual([]);
  });

  it('keeps isolates as empty rows and ids in the graph order', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const id of ['lone', '12', 'x']) graph.addNode(id);
    graph.addEdge('12', 'x');
    const adjacency = buildAdjacency(graph, { directed: false, weight: null });
    expect(adjacency.ids).toEqual(['lone', '12', 'x']);
    expect(row(adjacency, 'lone')).toEqual([]);
    expect(row(adjacency, '12')).toEqual([['x', 1]]);
  });

  it('drops self-loops and sums parallel ties', () => {
    const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'a', { weight: 9 });
    graph.addEdge('a', 'b', { weight: 2 });
    graph.addEdge('b', 'a', { weight: 3 });
    const adjacency = buildAdjacency(graph, { directed: false, weight: 'weight' });
    expect(adjacency.size).toBe(1);
    expect(row(adjacency, 'a')).toEqual([['b', 5]]);
    expect(row(adjacency, 'b')).toEqual([['a', 5]]);
  });

  it('reads a directed graph with separate in-rows', () => {
    const graph = new Graph({ type: 'directed', multi: true });
    for (const id of ['a', 'b', 'c']) graph.addNode(id);
    graph.addEdge('a', 'b', { weight: 2 });
    graph.addEdge('a', 'b', { weight: 1 });
    graph.addEdge('c', 'b', { weight: 4 });
    graph.addEdge('b', 'a', { weight: 5 });
    const adjacency = buildAdjacency(graph, { directed: true, weight: 'weight' });
    expect(adjacency.size).toBe(3);
    expect(row(adjacency, 'a')).toEqual([['b', 3]]);
    expect(row(adjacency, 'b')).toEqual([['a', 5]]);
    expect(row(adjacency, 'b', 'in')).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
    expect(row(adjacency, 'c', 'in')).toEqual([]);
  });

  it('reads a directed graph as undirected by adding both directions (mutual weight)', () => {
    const graph = new Graph({ type: 'directed' });
    graph.mergeEdge('a', 'b', { weight: 2 });
    graph.mergeEdge('b', 'a', { weight: 5 });
    graph.mergeEdge('b', 'c', { weight: 1 });
    const adjacency = buildAdjacency(graph, { directed: false, weight: 'weight' });
    expect(adjacency.size).toBe(2);
    expect(row(adjacency, 'a')).toEqual([['b', 7]]);
    expect(row(adjacency, 'b')).toEqual([
      ['a', 7],
      ['c', 1],
    ]);
  });

  it('counts an undirected tie of a mixed graph both ways when read as directed', () => {
    const graph = new Graph({ type: 'mixed' });
    graph.mergeDirectedEdge('a', 'b');
    graph.mergeUndirectedEdge('b', 'c');
    const adjacency = buildAdjacency(graph, { directed: true, weight: null });
    expect(adjacency.size).toBe(3);
    expect(row(adjacency, 'b')).toEqual([['c', 1]]);
    expect(row(adjacency, 'c')).toEqual([['b', 1]]);
    expect(row(adjacency, 'b', 'in')).toEqual([
      ['a', 1],
      ['c', 1],
    ]);
  });

  it('reads every tie as weight 1 when unweighted, whatever its attribute', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.mergeEdge('a', 'b', { weight: 7 });
    const adjacency = buildAdjacency(graph, { directed: false, weight: null });
    expect(adjacency.weighted).toBe(false);
    expect(row(adjacency, 'a')).toEqual([['b', 1]]);
  });

  it('notes the first non-positive weight and refuses missing or non-numeric ones', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.mergeEdge('a', 'b', { weight: 2 });
    graph.mergeEdge('b', 'c', { weight: -1 });
    expect(buildAdjacency(graph, { directed: false, weight: 'weight' }).nonPositiveTie).toEqual({
      source: 'b',
      target: 'c',
      weight: -1,
    });
    graph.mergeEdge('c', 'd', { weight: 'heavy' });
    expect(() => buildAdjacency(graph, { directed: false, weight: 'weight' })).toThrow(
      MeasureError,
    );
    graph.mergeEdge('d', 'e', {});
    graph.dropEdge('c', 'd');
    expect(() => buildAdjacency(graph, { directed: false, weight: 'weight' })).toThrow(
      /weightMissing/,
    );
  });

  it('builds an empty adjacency for an empty graph', () => {
    const adjacency = buildAdjacency(new Graph(), { directed: true, weight: null });
    expect(adjacency.order).toBe(0);
    expect(adjacency.size).toBe(0);
    expect(Array.from(adjacency.outOffsets)).toEqual([0]);
  });
});
