import { useCallback, useEffect, useRef, useState } from 'react';
import { createSeriesWorker } from '../../workers/create-series-worker.ts';
import type { SeriesJob } from '../../workers/run-series-job.ts';
import { SeriesResponse } from '../../workers/series-messages.ts';

type Answer = Exclude<SeriesResponse, { kind: 'progress' } | { kind: 'failed' }>;
export type SeriesAnswer<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

export type JobState<A> =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; answer: A }
  | { status: 'failed'; error: { code: string; params: Record<string, string | number> } }
  | { status: 'cancelled' };

/**
 * A job without its id: the hook numbers jobs so a late answer of an old one is ignored.
 * The worker parses what it receives against SeriesRequest, like any outside input.
 */
export type SeriesJobRequest = SeriesJob extends infer J
  ? J extends SeriesJob
    ? Omit<J, 'id'>
    : never
  : never;

/**
 * Runs a job in a fresh series worker whenever `job` changes (pass a memoised object; null
 * runs nothing), reporting progress. A new job, `cancel()` or leaving the screen terminates
 * the worker: the computation is synchronous, so that is the only way to stop it. Answers
 * are parsed with zod; `kind` says which answer the caller expects.
 */
export function useSeriesJob<K extends Answer['kind']>(kind: K, job: SeriesJobRequest | null) {
  type A = SeriesAnswer<K>;
  // Each state remembers its job, so a new job reads as running without a state update.
  const [tagged, setTagged] = useState<{ job: SeriesJobRequest | null; state: JobState<A> }>({
    job: null,
    state: { status: 'idle' },
  });
  const worker = useRef<Worker | null>(null);
  const jobId = useRef(0);

  useEffect(() => {
    if (job === null) return;
    const id = ++jobId.current;
    const current = createSeriesWorker();
    worker.current = current;
    const setState = (next: JobState<A>) => setTagged({ job, state: next });
    const finish = (next: JobState<A>) => {
      setState(next);
      current.terminate();
      if (worker.current === current) worker.current = null;
    };
    current.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = SeriesResponse.safeParse(event.data);
      if (!parsed.success) {
        console.error('Tejido: unreadable answer from the series worker', parsed.error);
        finish({ status: 'failed', error: { code: 'series.badAnswer', params: {} } });
        return;
      }
      const message = parsed.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') {
        setState({ status: 'running', done: message.done, total: message.total });
      } else if (message.kind === 'failed') {
        finish({ status: 'failed', error: message.error });
      } else if (message.kind === kind) {
        finish({ status: 'done', answer: message as A });
      } else {
        finish({ status: 'failed', error: { code: 'series.badAnswer', params: {} } });
      }
    };
    current.onerror = (event) => {
      event.preventDefault();
      console.error('Tejido: the series worker stopped', event.message);
      finish({
        status: 'failed',
        error: { code: 'series.crashed', params: { message: event.message } },
      });
    };
    current.postMessage({ ...job, id });
    return () => {
      current.terminate();
      if (worker.current === current) worker.current = null;
    };
  }, [job, kind]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    jobId.current += 1;
    setTagged({ job, state: { status: 'cancelled' } });
  }, [job]);

  const state: JobState<A> =
    tagged.job === job
      ? tagged.state
      : job === null
        ? { status: 'idle' }
        : { status: 'running', done: 0, total: 0 };
  return { state, cancel };
}
