import { describe, expect, it } from 'vitest';
import { buildAdjacency } from '../../shared/graph/adjacency.ts';
import { analyze, type NodeMeasures } from '../../shared/metrics/analyze.ts';
import { modularity } from '../../shared/metrics/community/modularity.ts';
import { analyzeWithoutActor } from '../../shared/metrics/without-actor.ts';
import {
  buildReferenceGraph,
  exactTolerance,
  expectClose,
  iterativeTolerance,
  loadReferences,
  type ReferenceCase,
} from './reference.ts';

const iterative = new Set(['eigenvector', 'pagerank']);
/** Network measures that depend on which partition Louvain finds; checked separately. */
const partitionDependent = new Set(['modularity', 'communities']);

const scalarNodeKeys = [
  'degree',
  'inDegree',
  'outDegree',
  'strength',
  'betweenness',
  'betweennessNormalized',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'clustering',
  'core',
  'constraint',
  'effectiveSize',
] as const satisfies readonly (keyof NodeMeasures)[];

function caseName(reference: { name: string }, referenceCase: ReferenceCase): string {
  return `${reference.name} (${referenceCase.weighted ? 'weighted' : 'unweighted'})`;
}

describe.each(loadReferences())('$name', (reference) => {
  const graph = buildReferenceGraph(reference);

  describe.each(
    reference.cases.map((referenceCase) => ({
      referenceCase,
      label: caseName(reference, referenceCase),
    })),
  )('$label', ({ referenceCase }) => {
    const options = { weight: referenceCase.weighted ? 'weight' : null, groups: reference.groups };
    const result = analyze(graph, options);

    it.each(scalarNodeKeys.filter((key) => key in referenceCase.nodes))(
      'matches the reference %s of every actor',
      (key) => {
        const expected = referenceCase.nodes[key];
        const tolerance = iterative.has(key) ? iterativeTolerance : exactTolerance;
        if (expected === null) {
          for (const row of result.nodes) expect(row[key], `${key} of ${row.id}`).toBeNull();
          expect(result.definitions.measures[key].unavailable).toBeDefined();
          return;
        }
        expect(Array.isArray(expected)).toBe(true);
        (expected as (number | null)[]).forEach((value, index) => {
          expectClose(
            result.nodes[index]![key],
            value,
            tolerance,
            `${key} of ${result.nodes[index]!.id}`,
          );
        });
      },
    );

    it.runIf('brokerage' in referenceCase.nodes)('counts the same Gould–Fernandez roles', () => {
      const expected = referenceCase.nodes['brokerage'] as Record<string, number[]>;
      result.nodes.forEach((row, index) => {
        for (const [role, values] of Object.entries(expected)) {
          expect(
            row.brokerage?.[role as keyof NonNullable<NodeMeasures['brokerage']>],
            `${role} of ${row.id}`,
          ).toBe(values[index]);
        }
      });
    });

    it('matches the reference network measures', () => {
      for (const [key, expected] of Object.entries(referenceCase.network)) {
        if (partitionDependent.has(key)) continue;
        expectClose(
          result.network[key as keyof typeof result.network],
          expected,
          exactTolerance,
          key,
        );
      }
    });

    it('matches the reference sector mixing, E-I indices and group densities', () => {
      const expected = referenceCase.groups;
      expect(result.groups.sectorMixing).toEqual(expected.sectorMixing);
      expectClose(
        result.groups.sectorEi.whole,
        expected.sectorEi.whole,
        exactTolerance,
        'E-I by sector',
      );
      expect(Object.keys(result.groups.sectorEi.bySector)).toEqual(
        Object.keys(expected.sectorEi.bySector),
      );
      for (const [sector, value] of Object.entries(expected.sectorEi.bySector)) {
        expectClose(
          result.groups.sectorEi.bySector[sector],
          value,
          exactTolerance,
          `E-I of ${sector}`,
        );
      }
      for (const [group, value] of Object.entries(expected.groupEi)) {
        expectClose(result.groups.groupEi[group], value, exactTolerance, `E-I of ${group}`);
      }
      expect(result.groups.groupDensity.groups).toEqual(expected.groupDensity.groups);
      expected.groupDensity.density.forEach((row, from) =>
        row.forEach((value, to) =>
          expectClose(
            result.groups.groupDensity.density[from]![to],
            value,
            exactTolerance,
            `density ${from}→${to}`,
          ),
        ),
      );
    });

    it.runIf(referenceCase.partition !== null)(
      'gives the reference modularity for the same partition',
      () => {
        const partition = referenceCase.partition!;
        const adjacency = buildAdjacency(graph, {
          directed: reference.directed,
          weight: options.weight,
        });
        const value = modularity(adjacency, Int32Array.from(partition.labels));
        expectClose(value, partition.modularity, exactTolerance, 'modularity');
      },
    );

    it.runIf(referenceCase.partition !== null)(
      'finds communities nearly as modular as NetworkX’s Louvain',
      () => {
        expect(result.network.modularity).not.toBeNull();
        expect(result.network.modularity!).toBeGreaterThanOrEqual(
          referenceCase.partition!.modularity - 0.02,
        );
      },
    );

    it.each(referenceCase.withoutActor)(
      'matches the reference network without $actor',
      ({ actor, network }) => {
        const without = analyzeWithoutActor(graph, actor, options).without;
        for (const [key, expected] of Object.entries(network)) {
          if (partitionDependent.has(key)) continue;
          expectClose(
            without[key as keyof typeof without],
            expected,
            exactTolerance,
            `${key} without ${actor}`,
          );
        }
      },
    );
  });
});
