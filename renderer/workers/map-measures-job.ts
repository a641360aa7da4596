import { measureColumns } from '../../shared/map/map-measures.ts';
import { MapMeasuresRequest, type MapMeasuresResponse } from './map-measures-messages.ts';

/**
 * The measures worker's work for one message, callable in Node (tests) as in the worker:
 * parse the request, compute every map measure (shared/map/map-measures.ts, the same function
 * measureMap uses) and answer one Float64Array column per measure, NaN where a value is not
 * defined.
 */
export function runMapMeasures(message: unknown): MapMeasuresResponse {
  const parsed = MapMeasuresRequest.safeParse(message);
  if (!parsed.success) return { kind: 'failed', id: -1, message: parsed.error.message };
  const { id, pathLimit, ...input } = parsed.data;
  try {
    const columns = measureColumns(input, { pathLimit });
    return {
      kind: 'measures',
      id,
      keys: [...columns.keys()],
      columns: [...columns.values()].map((column) => Float64Array.from(column)),
    };
  } catch (error) {
    return { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
}
