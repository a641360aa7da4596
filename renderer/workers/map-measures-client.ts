import {
  measuresFromColumns,
  PATH_MEASURE_LIMIT,
  type MapMeasures,
  type MeasureInput,
} from '../../shared/map/map-measures.ts';
import type { MapMeasureKey } from '../../shared/domain/view.ts';
import { MapMeasuresResponse } from './map-measures-messages.ts';

/** The part of a Worker the client uses (a fake one in tests). */
export interface MeasuresWorker {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface MeasuresClient {
  /**
   * Measures `input` in the worker; `done` gets the measures by actor id, `failed` a reason.
   * At most one request runs: a new one, or the returned cancel, drops the one in flight by
   * terminating its worker (the computation is synchronous, so that is the only way to stop
   * it) and the next request starts a fresh worker.
   */
  measure(
    input: MeasureInput,
    done: (measures: MapMeasures) => void,
    failed: (reason: string) => void,
  ): () => void;
  /** Terminates the worker (leaving the screen). */
  close(): void;
}

/** A client of the map's measures worker; `create` makes a worker (createMapMeasuresWorker). */
export function createMeasuresClient(create: () => MeasuresWorker): MeasuresClient {
  let worker: MeasuresWorker | null = null;
  let inFlight: number | null = null;
  let lastId = 0;
  const drop = () => {
    worker?.terminate();
    worker = null;
    inFlight = null;
  };
  return {
    measure(input, done, failed) {
      if (inFlight !== null) drop();
      const id = ++lastId;
      const current = worker ?? create();
      worker = current;
      inFlight = id;
      const settle = () => {
        if (inFlight === id) inFlight = null;
      };
      current.onmessage = (event) => {
        const parsed = MapMeasuresResponse.safeParse(event.data);
        if (!parsed.success) {
          settle();
          failed(`unreadable answer: ${parsed.error.message}`);
          return;
        }
        const answer = parsed.data;
        if (answer.id !== id) return;
        settle();
        if (answer.kind === 'failed') failed(answer.message);
        else if (answer.columns.some((column) => column.length !== input.ids.length))
          failed('an answer column does not match the actors');
        else {
          const columns = new Map<MapMeasureKey, Float64Array>(
            answer.keys.map((key, index) => [key, answer.columns[index]!]),
          );
          done(measuresFromColumns(input.ids, columns));
        }
      };
      current.onerror = (event) => {
        event.preventDefault();
        if (inFlight !== id) return;
        drop();
        failed(event.message);
      };
      // The index arrays are copies made for this request: moved, not copied again.
      current.postMessage({ id, ...input, pathLimit: PATH_MEASURE_LIMIT }, [
        input.sources.buffer,
        input.targets.buffer,
        input.weights.buffer,
      ]);
      return () => {
        if (inFlight === id) drop();
      };
    },
    close: drop,
  };
}
