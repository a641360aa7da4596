import type { SeriesMeasure } from '../../shared/temporal/series-measures.ts';
import { SeriesRequest, type SeriesResponse } from './series-messages.ts';
import { runSeriesJob } from './run-series-job.ts';

/** The part of the worker's global scope this worker uses (the renderer's lib is DOM). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope: WorkerScope = self;

function send(message: SeriesResponse): void {
  scope.postMessage(message);
}

/**
 * The Over time screen's worker: snapshots, series, before/after, indicators and the meeting
 * analysis run here, off the UI thread. One job per worker; cancelling terminates it.
 */
scope.addEventListener('message', (event) => {
  const parsed = SeriesRequest.safeParse(event.data);
  if (!parsed.success) {
    console.error('Tejido series worker: unreadable request', parsed.error);
    send({ kind: 'failed', id: -1, error: { code: 'series.badRequest', params: {} } });
    return;
  }
  const request = parsed.data;
  // The schema checked every measure name against SERIES_MEASURES.
  const job =
    request.task === 'series'
      ? { ...request, measures: request.measures as SeriesMeasure[] }
      : request;
  try {
    send(runSeriesJob(job, (done, total) => send({ kind: 'progress', id: job.id, done, total })));
  } catch (error) {
    console.error('Tejido series worker failed', error);
    const message = error instanceof Error ? error.message : String(error);
    send({ kind: 'failed', id: job.id, error: { code: 'series.crashed', params: { message } } });
  }
});
