import {
  AnalysisResponse,
  type AnalysisPhase,
  type AnalysisRequest,
} from '../../workers/analysis-messages.ts';
import { analysisWorkers } from '../../workers/create-analysis-worker.ts';
import { runWorkerJob, type JobAnswer } from '../../workers/run-worker-job.ts';
import { useWorkerJob } from '../../workers/use-worker-job.ts';

type Answer = JobAnswer<AnalysisResponse>;

export type AnalysisState<A extends Answer = Answer> =
  | { status: 'idle' }
  | { status: 'running'; phase: AnalysisPhase | 'starting' }
  | { status: 'done'; answer: A }
  | { status: 'failed'; error: { code: string; params: Record<string, string | number> } }
  | { status: 'cancelled' };

/** A job without its id: each job is numbered when it starts, so late answers are ignored. */
export type AnalysisJobRequest = AnalysisRequest extends infer R
  ? R extends AnalysisRequest
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * Runs a job in an analysis worker whenever `job` changes (pass a memoised object; null runs
 * nothing). A new job while one runs terminates its worker, as does `cancel()`: the engine is
 * synchronous, so that is the only way to stop it. A worker whose job ended is kept for the
 * next one, compiled. Answers are parsed with zod.
 */
export function useAnalysis<A extends Answer = Answer>(
  job: AnalysisJobRequest | null,
): { state: AnalysisState<A>; cancel: () => void } {
  return useWorkerJob(job, startAnalysis<A>, STARTING);
}

const STARTING = { status: 'running', phase: 'starting' } as const;

function startAnalysis<A extends Answer>(
  job: AnalysisJobRequest,
  id: number,
  setState: (state: AnalysisState<A>) => void,
): () => void {
  return runWorkerJob({
    id,
    workers: analysisWorkers,
    request: job,
    schema: AnalysisResponse,
    name: 'analysis',
    onProgress: (message) => setState({ status: 'running', phase: message.phase }),
    // The answer's kind follows the job's task, which the caller chose along with A.
    onEnd: (end) =>
      setState(end.status === 'done' ? { status: 'done', answer: end.answer as A } : end),
  });
}
