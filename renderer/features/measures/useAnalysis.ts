import { useCallback, useEffect, useRef, useState } from 'react';
import {
  AnalysisResponse,
  type AnalysisPhase,
  type AnalysisRequest,
} from '../../workers/analysis-messages.ts';
import { createAnalysisWorker } from '../../workers/create-analysis-worker.ts';

type Answer = Exclude<AnalysisResponse, { kind: 'progress' } | { kind: 'failed' }>;

export type AnalysisState<A extends Answer = Answer> =
  | { status: 'idle' }
  | { status: 'running'; phase: AnalysisPhase | 'starting' }
  | { status: 'done'; answer: A }
  | { status: 'failed'; error: { code: string; params: Record<string, string | number> } }
  | { status: 'cancelled' };

/** A job without its id: the hook numbers jobs so late answers of old ones are ignored. */
export type AnalysisJobRequest = AnalysisRequest extends infer R
  ? R extends AnalysisRequest
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * Runs a job in the analysis worker whenever `job` changes (pass a memoised object; null runs
 * nothing). A new job while one runs terminates the worker, as does `cancel()`: the engine is
 * synchronous, so a fresh worker is the only way to stop it. Answers are parsed with zod.
 */
export function useAnalysis<A extends Answer = Answer>(job: AnalysisJobRequest | null) {
  // Each state remembers its job, so a new job reads as "starting" without a state update.
  const [tagged, setTagged] = useState<{ job: AnalysisJobRequest | null; state: AnalysisState<A> }>(
    { job: null, state: { status: 'idle' } },
  );
  const worker = useRef<Worker | null>(null);
  const jobId = useRef(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    if (job === null) return;
    const id = ++jobId.current;
    const current = createAnalysisWorker();
    worker.current = current;
    const setState = (next: AnalysisState<A>) => setTagged({ job, state: next });
    const finish = (next: AnalysisState<A>) => {
      setState(next);
      current.terminate();
      if (worker.current === current) worker.current = null;
    };
    current.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = AnalysisResponse.safeParse(event.data);
      if (!parsed.success) {
        console.error('Tejido: unreadable answer from the analysis worker', parsed.error);
        finish({ status: 'failed', error: { code: 'analysis.badAnswer', params: {} } });
        return;
      }
      const message = parsed.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') setState({ status: 'running', phase: message.phase });
      else if (message.kind === 'failed') finish({ status: 'failed', error: message.error });
      // The answer's kind follows the job's task, which the caller chose along with A.
      else finish({ status: 'done', answer: message as A });
    };
    current.onerror = (event) => {
      event.preventDefault();
      console.error('Tejido: the analysis worker stopped', event.message);
      finish({
        status: 'failed',
        error: { code: 'analysis.crashed', params: { message: event.message } },
      });
    };
    current.postMessage({ ...job, id });
    return () => {
      current.terminate();
      if (worker.current === current) worker.current = null;
    };
  }, [job]);

  const cancel = useCallback(() => {
    stop();
    jobId.current += 1;
    setTagged({ job, state: { status: 'cancelled' } });
  }, [stop, job]);

  const state: AnalysisState<A> =
    tagged.job === job
      ? tagged.state
      : job === null
        ? { status: 'idle' }
        : { status: 'running', phase: 'starting' };
  return { state, cancel };
}
