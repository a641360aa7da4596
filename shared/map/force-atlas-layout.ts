import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { createRandom } from '../metrics/random.ts';
import { sunflowerRadius } from './layouts.ts';

/**
 * The network a force layout needs, as plain arrays so it crosses into a worker cheaply:
 * actors by index, ties as index pairs. `start` holds x, y per actor (interleaved) to continue
 * from the current picture; without it every actor starts at a seeded random spot.
 */
export interface ForceInput {
  count: number;
  sources: Int32Array;
  targets: Int32Array;
  start?: Float64Array | null;
}

/** ForceAtlas2 iterations by network size: fewer for big maps, where each one costs more. */
export function forceIterations(count: number): number {
  if (count <= 500) return 300;
  if (count <= 2000) return 150;
  if (count <= 8000) return 100;
  return 60;
}

/** Above this many actors forces are approximated with Barnes–Hut (O(n log n) per step). */
export const BARNES_HUT_FROM = 500;

/** Iterations per step between progress reports (and between checks for a newer request). */
const STEP = 20;

/**
 * ForceAtlas2 (Jacomy et al. 2014, graphology's implementation) run synchronously in steps:
 * Barnes–Hut above BARNES_HUT_FROM actors, strong gravity so small components stay near the middle.
 * Deterministic: the same network and start give the same positions (seeded start, no
 * randomness inside ForceAtlas2). Returns x, y per actor (interleaved), scaled to the density
 * of the grouped layouts (scaleToSpread). `onProgress` gets the share done (0–1) after each step.
 */
export function forceAtlasLayout(
  input: ForceInput,
  onProgress: (done: number) => void = () => {},
): Float64Array<ArrayBuffer> {
  const graph = buildGraph(input);
  const iterations = forceIterations(input.count);
  const settings = {
    ...forceAtlas2.inferSettings(input.count),
    barnesHutOptimize: input.count > BARNES_HUT_FROM,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log10(Math.max(input.count, 1)),
  };
  for (let done = 0; done < iterations; done += STEP) {
    forceAtlas2.assign(graph, { iterations: Math.min(STEP, iterations - done), settings });
    onProgress(Math.min(done + STEP, iterations) / iterations);
  }
  const positions = new Float64Array(input.count * 2);
  for (let index = 0; index < input.count; index += 1) {
    const { x, y } = graph.getNodeAttributes(index) as { x: number; y: number };
    positions[index * 2] = x;
    positions[index * 2 + 1] = y;
  }
  return scaleToSpread(positions);
}

function buildGraph(input: ForceInput): UndirectedGraph {
  const graph = new UndirectedGraph();
  const random = createRandom(input.count + 7 * input.sources.length);
  const spread = 10 * Math.sqrt(input.count);
  for (let index = 0; index < input.count; index += 1) {
    const x = input.start?.[index * 2];
    const y = input.start?.[index * 2 + 1];
    graph.addNode(index, {
      x: x ?? (random() - 0.5) * spread,
      y: y ?? (random() - 0.5) * spread,
    });
  }
  for (let tie = 0; tie < input.sources.length; tie += 1) {
    const source = input.sources[tie]!;
    const target = input.targets[tie]!;
    // Parallel ties and self-loops add nothing to where an actor belongs.
    if (source === target || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target);
  }
  return graph;
}

/**
 * Scales the picture about its centroid so 90% of the actors lie within the radius of a
 * sunflower of as many actors (shared/map/layouts.ts): the density the grouped layouts have,
 * which leaves room for nodes 16–64 wide. ForceAtlas2's own units are arbitrary, and scaling
 * by tie length left dense clusters as piles of overlapping nodes.
 */
export function scaleToSpread(positions: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const count = positions.length / 2;
  if (count < 2) return positions;
  let [cx, cy] = [0, 0];
  for (let index = 0; index < count; index += 1) {
    cx += positions[index * 2]! / count;
    cy += positions[index * 2 + 1]! / count;
  }
  const distances: number[] = [];
  for (let index = 0; index < count; index += 1)
    distances.push(Math.hypot(positions[index * 2]! - cx, positions[index * 2 + 1]! - cy));
  distances.sort((p, q) => p - q);
  const reach = distances[Math.floor(0.9 * (count - 1))]!;
  if (!(reach > 0)) return positions;
  const factor = sunflowerRadius(count) / reach;
  const scaled = new Float64Array(positions.length);
  for (let index = 0; index < count; index += 1) {
    scaled[index * 2] = (positions[index * 2]! - cx) * factor;
    scaled[index * 2 + 1] = (positions[index * 2 + 1]! - cy) * factor;
  }
  return scaled;
}
