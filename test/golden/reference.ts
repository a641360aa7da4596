import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { expect } from 'vitest';
import { z } from 'zod';

/** Reference files written by scripts/golden/make-reference.py (NetworkX and igraph). */
const referenceFolder = join(import.meta.dirname, 'reference');

const numberOrNull = z.number().nullable();
const column = z.array(numberOrNull);

const NetworkValues = z.record(z.string(), numberOrNull);

const ReferenceCase = z.object({
  weighted: z.boolean(),
  nodes: z.record(z.string(), z.union([column, z.record(z.string(), column)]).nullable()),
  network: NetworkValues,
  groups: z.object({
    sectorMixing: z.object({
      sectors: z.array(z.string()),
      ties: z.array(z.array(z.number())),
      unclassified: z.number(),
    }),
    sectorEi: z.object({ whole: numberOrNull, bySector: z.record(z.string(), numberOrNull) }),
    groupEi: z.record(z.string(), numberOrNull),
    groupDensity: z.object({
      groups: z.array(z.string()),
      density: z.array(z.array(numberOrNull)),
    }),
  }),
  partition: z.object({ labels: z.array(z.number()), modularity: z.number() }).nullable(),
  withoutActor: z.array(z.object({ actor: z.string(), network: NetworkValues })),
  references: z.record(z.string(), z.string()),
});
export type ReferenceCase = z.infer<typeof ReferenceCase>;

const ReferenceNetwork = z.object({
  name: z.string(),
  description: z.string(),
  directed: z.boolean(),
  nodes: z.array(z.object({ id: z.string(), sector: z.string().nullable() })),
  edges: z.array(
    z.union([z.tuple([z.string(), z.string()]), z.tuple([z.string(), z.string(), z.number()])]),
  ),
  groups: z.record(z.string(), z.array(z.string())),
  cases: z.array(ReferenceCase),
});
export type ReferenceNetwork = z.infer<typeof ReferenceNetwork>;

export function loadReferences(): ReferenceNetwork[] {
  return readdirSync(referenceFolder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) =>
      ReferenceNetwork.parse(JSON.parse(readFileSync(join(referenceFolder, file), 'utf8'))),
    );
}

/** The reference network as a graphology graph, actors and ties in the reference's order. */
export function buildReferenceGraph(reference: ReferenceNetwork): Graph {
  const graph = new Graph({ type: reference.directed ? 'directed' : 'undirected' });
  for (const node of reference.nodes) graph.addNode(node.id, { sector: node.sector });
  for (const [source, target, weight] of reference.edges) {
    graph.addEdge(source, target, weight === undefined ? {} : { weight });
  }
  return graph;
}

/** Exact measures (counts, path sums) agree to 1e-9; iterative ones to 1e-6. */
export const exactTolerance = 1e-9;
export const iterativeTolerance = 1e-6;

export function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  tolerance: number,
  label: string,
): void {
  if (expected === null) {
    expect(actual ?? null, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(actual, label).toBeTypeOf('number');
  const difference = Math.abs((actual as number) - expected);
  expect(difference, `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
}
