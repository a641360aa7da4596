import { createRandom } from '../../../shared/metrics/random.ts';

/** The seed every force-directed layout starts from: same data, same picture. */
export const LAYOUT_SEED = 20_180_115;

/**
 * Runs `work` with Math.random replaced by a seeded generator, then puts it back.
 * cytoscape-fcose has no seed option: its spectral start and its tree reduction call
 * Math.random directly, so the same map came out different on every visit. fcose with
 * `animate: false` runs synchronously, so nothing else can draw from the swapped generator.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = createRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
