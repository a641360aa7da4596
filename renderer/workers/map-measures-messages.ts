import { z } from 'zod';
import { MapMeasureKey } from '../../shared/domain/view.ts';

/**
 * Messages to and from the map's measures worker. The network crosses as index arrays
 * (shared/map/map-measures.ts, MeasureInput) and the answer as one column per measure, typed
 * arrays moved by transfer; both sides parse what they receive, like any other edge.
 */
export const MapMeasuresRequest = z
  .object({
    id: z.number().int().nonnegative(),
    ids: z.array(z.string()).max(1_000_000),
    sources: z.instanceof(Int32Array),
    targets: z.instanceof(Int32Array),
    weights: z.instanceof(Float64Array),
    /** Above this many actors, no shortest-path measures (PATH_MEASURE_LIMIT). */
    pathLimit: z.number().int().nonnegative(),
  })
  .strict()
  .superRefine((request, context) => {
    const { ids, sources, targets, weights } = request;
    if (targets.length !== sources.length || weights.length !== sources.length)
      context.addIssue({
        code: 'custom',
        message: 'sources, targets and weights differ in length',
      });
    for (let index = 0; index < sources.length; index += 1) {
      const [source, target] = [sources[index]!, targets[index]!];
      if (source < 0 || source >= ids.length || target < 0 || target >= ids.length) {
        context.addIssue({ code: 'custom', message: `tie ${index} points outside the actors` });
        return;
      }
    }
  });
export type MapMeasuresRequest = z.infer<typeof MapMeasuresRequest>;

export const MapMeasuresResponse = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('measures'),
      id: z.number().int(),
      keys: z.array(MapMeasureKey),
      columns: z.array(z.instanceof(Float64Array)),
    })
    .refine((answer) => answer.keys.length === answer.columns.length, {
      message: 'one column per measure',
    }),
  z.object({ kind: z.literal('failed'), id: z.number().int(), message: z.string() }),
]);
export type MapMeasuresResponse = z.infer<typeof MapMeasuresResponse>;
