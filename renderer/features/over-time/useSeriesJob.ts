import { useCallback } from 'react';
import { seriesWorkers } from '../../workers/create-series-worker.ts';
import { runWorkerJob, type JobAnswer } from '../../workers/run-worker-job.ts';
import type { SeriesJob } from '../../workers/run-series-job.ts';
import { SeriesResponse } from '../../workers/series-messages.ts';
import { useWorkerJob } from '../../workers/use-worker-job.ts';

type Answer = JobAnswer<SeriesResponse>;
export type SeriesAnswer<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

export type JobState<A> =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; answer: A }
  | { status: 'failed'; error: { code: string; params: Record<string, string | number> } }
  | { status: 'cancelled' };

/**
 * A job without its id: each job is numbered when it starts, so late answers are ignored.
 * The worker parses what it receives against SeriesRequest, like any outside input.
 */
export type SeriesJobRequest = SeriesJob extends infer J
  ? J extends SeriesJob
    ? Omit<J, 'id'>
    : never
  : never;

/**
 * Runs a job in a series worker whenever `job` changes (pass a memoised object; null runs
 * nothing), reporting progress. A new job, `cancel()` or leaving the screen while it runs
 * terminates its worker: the computation is synchronous, so that is the only way to stop
 * it. A worker whose job ended is kept for the next one, compiled. Answers are parsed with
 * zod; `kind` says which answer the caller expects.
 */
export function useSeriesJob<K extends Answer['kind']>(
  kind: K,
  job: SeriesJobRequest | null,
): { state: JobState<SeriesAnswer<K>>; cancel: () => void } {
  type A = SeriesAnswer<K>;
  const start = useCallback(
    (request: SeriesJobRequest, id: number, setState: (state: JobState<A>) => void) =>
      runWorkerJob({
        id,
        workers: seriesWorkers,
        request,
        schema: SeriesResponse,
        name: 'series',
        onProgress: (message) =>
          setState({ status: 'running', done: message.done, total: message.total }),
        onEnd: (end) => {
          if (end.status === 'failed') setState(end);
          else if (end.answer.kind === kind) setState({ status: 'done', answer: end.answer as A });
          else setState({ status: 'failed', error: { code: 'series.badAnswer', params: {} } });
        },
      }),
    [kind],
  );
  return useWorkerJob(job, start, STARTING);
}

const STARTING = { status: 'running', done: 0, total: 0 } as const;
