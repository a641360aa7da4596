import type { Adjacency } from '../graph/adjacency.ts';
import type { PathPassOptions } from '../graph/shortest-path-totals.ts';
import { MeasureError } from './measure-error.ts';
import { pathPassFor } from './measure-network.ts';

/**
 * How the shortest-path pass is spread over threads (the CLI's worker threads, the app's
 * nested Web Workers): the rules both follow, so both split the same way.
 */

/** Below this many actors one pass takes milliseconds: starting threads would cost more. */
export const PARALLEL_PATHS_FROM_ACTORS = 2000;

/** Sources are handed out in this many chunks per thread, so a slow chunk does not hold all. */
const CHUNKS_PER_THREAD = 8;

/** At most this many threads: past it a copy of the network per thread costs more than it saves. */
export const MAX_PATH_THREADS = 8;

/** Consecutive ranges of sources [from, to) covering every actor, in order. */
export function pathChunks(order: number, threads: number): { from: number; to: number }[] {
  const size = Math.max(1, Math.ceil(order / (Math.max(1, threads) * CHUNKS_PER_THREAD)));
  const chunks: { from: number; to: number }[] = [];
  for (let from = 0; from < order; from += size)
    chunks.push({ from, to: Math.min(order, from + size) });
  return chunks;
}

/** How many threads to use given the cores there are: every core, at most MAX_PATH_THREADS. */
export function pathThreadCount(cores: number): number {
  return Math.max(1, Math.min(MAX_PATH_THREADS, Math.floor(cores) || 1));
}

/**
 * The pass analyzePrepared() would run, when it is worth spreading over `threads`; null when
 * the network is too small, there is one thread, or the pass does not apply (non-positive
 * weights: the engine then reports why itself).
 */
export function parallelPathPass(adjacency: Adjacency, threads: number): PathPassOptions | null {
  if (threads < 2 || adjacency.order < PARALLEL_PATHS_FROM_ACTORS) return null;
  try {
    return pathPassFor(adjacency);
  } catch (error) {
    if (error instanceof MeasureError) return null;
    throw error;
  }
}
