import { z } from 'zod';
import type { Adjacency } from '../../shared/graph/adjacency.ts';
import type { PathPassOptions, PathTotals } from '../../shared/graph/shortest-path-totals.ts';

/**
 * Messages between the analysis worker and the nested workers that run the shortest-path
 * pass over parts of the sources (path-pass.worker.ts). Typed arrays travel as they are.
 */

/** Analysis worker → path worker, first: the network (its arrays; actor ids stay behind). */
export const PathPassSetup = z.object({
  kind: z.literal('setup'),
  directed: z.boolean(),
  order: z.number().int().nonnegative(),
  outOffsets: z.instanceof(Int32Array),
  outTargets: z.instanceof(Int32Array),
  outWeights: z.instanceof(Float64Array),
  inOffsets: z.instanceof(Int32Array),
  inSources: z.instanceof(Int32Array),
  inWeights: z.instanceof(Float64Array),
});
export type PathPassSetup = z.infer<typeof PathPassSetup>;

/** Then, one at a time: a range of sources to run the pass from. */
export const PathPassChunk = z.object({
  kind: z.literal('chunk'),
  weighted: z.boolean(),
  component: z.instanceof(Uint8Array).nullable(),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
});
export type PathPassChunk = z.infer<typeof PathPassChunk>;

/** After the pass, before the worker waits for the next: drop the copy of the network. */
export const PathPassForget = z.object({ kind: z.literal('forget') });

export const PathPassRequest = z.discriminatedUnion('kind', [
  PathPassSetup,
  PathPassChunk,
  PathPassForget,
]);

/** What the analysis worker sends (checked against PathPassRequest on arrival). */
export type PathPassRequest =
  | ({ kind: 'setup' } & Pick<
      Adjacency,
      | 'directed'
      | 'order'
      | 'outOffsets'
      | 'outTargets'
      | 'outWeights'
      | 'inOffsets'
      | 'inSources'
      | 'inWeights'
    >)
  | ({ kind: 'chunk' } & PathPassOptions & { from: number; to: number })
  | { kind: 'forget' };

/** Path worker → analysis worker: the totals of one chunk, or why it failed. */
export const PathPassAnswer = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('totals'),
    betweenness: z.instanceof(Float64Array),
    incomingDistance: z.instanceof(Float64Array),
    reachedBy: z.instanceof(Float64Array),
    incomingReciprocal: z.instanceof(Float64Array),
    componentPairs: z.number(),
    componentDistance: z.number(),
    componentDiameter: z.number(),
  }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type PathPassAnswer = z.infer<typeof PathPassAnswer>;

/** What a path worker sends (checked against PathPassAnswer on arrival). */
export type PathPassReply = ({ kind: 'totals' } & PathTotals) | { kind: 'failed'; message: string };
