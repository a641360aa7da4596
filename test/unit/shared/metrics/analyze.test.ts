import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../../shared/metrics/analyze.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import { analyzeWithoutActor } from '../../../../shared/metrics/without-actor.ts';
import { florentine, makeGraph, star } from './graphs.ts';

describe('analyze', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('does not change the graph it reads', () => {
    const graph = makeGraph(
      [
        ['a', 'b', 2],
        ['b', 'c', 3],
      ],
      { sectors: { a: 'cso', b: 'government' } },
    );
    const before = JSON.stringify(graph.export());
    analyze(graph, { weight: 'weight', groups: { g: ['a', 'b'] } });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('gives the same result twice and reads neither the clock nor Math.random', () => {
    const dateSpy = vi.spyOn(Date, 'now');
    const randomSpy = vi.spyOn(Math, 'random');
    const graph = makeGraph(florentine);
    expect(analyze(graph)).toEqual(analyze(graph));
    expect(dateSpy).not.toHaveBeenCalled();
    expect(randomSpy).not.toHaveBeenCalled();
  });

  it('says which conventions it used', () => {
    const result = analyze(makeGraph(florentine, { directed: true }), { weight: null });
    expect(result.definitions).toMatchObject({
      directed: true,
      weighted: false,
      distance: 'steps',
      sectorAttribute: 'sector',
    });
    expect(result.definitions.measures.closeness).toEqual({
      directed: true,
      weighted: false,
      normalization: 'wasserman-faust',
    });
    expect(result.definitions.measures.clustering.directed).toBe(false);
  });

  it('reads weights as distances 1/weight for path measures and says so', () => {
    const graph = makeGraph([
      ['a', 'b', 4],
      ['b', 'c', 4],
    ]);
    const result = analyze(graph, { weight: 'weight' });
    expect(result.definitions.distance).toBe('inverse-weight');
    expect(result.network.diameter).toBe(0.5);
    expect(result.nodes.find((row) => row.id === 'b')?.strength).toBe(8);
  });

  it('returns null with a reason for path measures when a weight is negative', () => {
    const graph = makeGraph([
      ['a', 'b', -1],
      ['b', 'c', 2],
    ]);
    const result = analyze(graph, { weight: 'weight' });
    expect(result.nodes[0]!.betweenness).toBeNull();
    expect(result.network.diameter).toBeNull();
    expect(result.definitions.measures.betweenness.unavailable).toEqual({
      code: 'measure.weightNotPositive',
      params: { measure: 'paths', source: 'a', target: 'b', weight: -1 },
    });
    expect(result.nodes[1]!.strength).toBe(1);
  });

  it('refuses a tie whose weight is missing or not a number', () => {
    const missing = makeGraph([['a', 'b']]);
    expect(() => analyze(missing, { weight: 'weight' })).toThrow(MeasureError);
    expect(() => analyze(missing, { weight: 'weight' })).toThrow(/measure.weightMissing/);
    const text = makeGraph([]);
    text.addNode('a');
    text.addNode('b');
    text.addEdge('a', 'b', { weight: 'heavy' });
    expect(() => analyze(text, { weight: 'weight' })).toThrow(/measure.weightNotNumeric/);
  });

  it('handles a network without actors', () => {
    const result = analyze(makeGraph([]));
    expect(result.nodes).toEqual([]);
    expect(result.network).toMatchObject({
      actors: 0,
      ties: 0,
      density: null,
      diameter: null,
      modularity: null,
    });
  });

  it('handles a single actor', () => {
    const result = analyze(makeGraph([], { actors: ['solo'] }));
    expect(result.nodes[0]).toMatchObject({
      id: 'solo',
      degree: 0,
      betweenness: 0,
      closeness: 0,
      eigenvector: null,
      pagerank: 1,
    });
    expect(result.definitions.measures.eigenvector.unavailable?.code).toBe('measure.noTies');
  });

  it('gives brokerage roles only for directed networks', () => {
    const undirected = analyze(makeGraph(star));
    expect(undirected.nodes[0]!.brokerage).toBeNull();
    expect(undirected.definitions.measures.brokerage.unavailable?.code).toBe(
      'measure.needsDirected',
    );
    const directed = analyze(
      makeGraph(
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
        { directed: true, sectors: { a: 'x', b: 'y', c: 'z' } },
      ),
    );
    expect(directed.nodes[1]!.brokerage).toMatchObject({ liaison: 1, total: 1 });
  });

  it('uses the random numbers it is given for communities', () => {
    const graph = makeGraph(florentine);
    const seeded = analyze(graph, { random: createRandom(5) });
    expect(analyze(graph, { random: createRandom(5) }).nodes.map((row) => row.community)).toEqual(
      seeded.nodes.map((row) => row.community),
    );
  });
});

describe('analyze without an actor', () => {
  it('shows how a star falls apart without its hub', () => {
    const result = analyzeWithoutActor(makeGraph(star), 'hub');
    expect(result.with.weakComponents).toBe(1);
    expect(result.without.weakComponents).toBe(4);
    expect(result.difference.weakComponents).toBe(3);
    expect(result.difference.ties).toBe(-4);
    expect(result.difference.density).toBeCloseTo(-0.4, 12);
    expect(result.without.averagePathLength).toBeNull();
    expect(result.difference.averagePathLength).toBeNull();
  });

  it('refuses an actor that is not in the network', () => {
    expect(() => analyzeWithoutActor(makeGraph(star), 'nobody')).toThrow(/measure.unknownActor/);
  });
});
