import { z } from 'zod';

/**
 * Messages to and from the layout worker. Typed arrays cross by transfer (no copy); both
 * sides parse what they receive, like any other edge of the app.
 */
export const LayoutRequest = z.object({
  id: z.number().int(),
  count: z.number().int().nonnegative(),
  sources: z.instanceof(Int32Array),
  targets: z.instanceof(Int32Array),
  start: z.instanceof(Float64Array).nullable(),
});
export type LayoutRequest = z.infer<typeof LayoutRequest>;

export const LayoutResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), id: z.number().int(), done: z.number().min(0).max(1) }),
  z.object({
    kind: z.literal('done'),
    id: z.number().int(),
    positions: z.instanceof(Float64Array),
  }),
  z.object({ kind: z.literal('failed'), id: z.number().int(), message: z.string() }),
]);
export type LayoutResponse = z.infer<typeof LayoutResponse>;
