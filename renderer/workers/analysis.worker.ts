import { AnalysisRequest, type AnalysisResponse } from './analysis-messages.ts';
import { runAnalysisJob } from './run-analysis-job.ts';

/** The part of the worker's global scope this worker uses (the renderer's lib is DOM). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope: WorkerScope = self;

function send(message: AnalysisResponse): void {
  scope.postMessage(message);
}

/**
 * The analysis worker: builds the graph and runs the engine off the UI thread. One job at a
 * time; cancelling terminates the worker (the page starts a fresh one), so no job checks a flag.
 */
scope.addEventListener('message', (event) => {
  const parsed = AnalysisRequest.safeParse(event.data);
  if (!parsed.success) {
    console.error('Tejido analysis worker: unreadable request', parsed.error);
    send({ kind: 'failed', id: -1, error: { code: 'analysis.badRequest', params: {} } });
    return;
  }
  const job = parsed.data;
  try {
    send(runAnalysisJob(job, (phase) => send({ kind: 'progress', id: job.id, phase })));
  } catch (error) {
    console.error('Tejido analysis worker failed', error);
    const message = error instanceof Error ? error.message : String(error);
    send({ kind: 'failed', id: job.id, error: { code: 'analysis.crashed', params: { message } } });
  }
});
