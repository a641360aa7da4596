import { parallelPathPass, pathThreadCount } from '../../shared/metrics/parallel-paths.ts';
import { AnalysisRequest, type AnalysisPhase, type AnalysisResponse } from './analysis-messages.ts';
import { runPathPassInWorkers } from './path-pass-pool.ts';
import { createPathPassWorker } from './path-pass-spawn.ts';
import { runAnalysisJobWith, type PathPass } from './run-analysis-job.ts';
import { createWorkerKeeper } from './worker-keeper.ts';

/** The part of the worker's global scope this worker uses (the renderer's lib is DOM). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  navigator: { hardwareConcurrency: number };
}

const scope: WorkerScope = self;

function send(message: AnalysisResponse): void {
  scope.postMessage(message);
}

const threads = pathThreadCount(scope.navigator.hardwareConcurrency);

/**
 * The nested path workers, kept between passes as this worker is kept between jobs: a new
 * one loads its bundle and runs the path kernel interpreted before V8 compiles it, on every
 * job otherwise. Between passes they hold no network (the pool tells them to forget it), and
 * they are let go after five idle minutes.
 */
const pathWorkers = createWorkerKeeper(createPathPassWorker, {
  keep: threads,
  idleMs: 5 * 60_000,
});

/**
 * From PARALLEL_PATHS_FROM_ACTORS actors on, the shortest-path pass (betweenness, closeness,
 * harmonic, diameter: most of the time on a large network) runs in nested workers, one per
 * core up to MAX_PATH_THREADS; this worker only waits meanwhile.
 */
const pathPass: PathPass = async (adjacency) => {
  const options = parallelPathPass(adjacency, threads);
  if (options === null) return undefined;
  return runPathPassInWorkers(adjacency, options, threads, pathWorkers);
};

/**
 * The analysis worker: builds the graph and runs the engine off the UI thread. One job at a
 * time; cancelling terminates the worker (the page starts a fresh one), and with it the
 * nested path workers it started (a dedicated worker's workers end with it), so no job checks
 * a flag.
 */
scope.addEventListener('message', (event) => {
  const parsed = AnalysisRequest.safeParse(event.data);
  if (!parsed.success) {
    console.error('Tejido analysis worker: unreadable request', parsed.error);
    send({ kind: 'failed', id: -1, error: { code: 'analysis.badRequest', params: {} } });
    return;
  }
  const job = parsed.data;
  const report = (phase: AnalysisPhase) => send({ kind: 'progress', id: job.id, phase });
  runAnalysisJobWith(job, report, pathPass).then(send, (error: unknown) => {
    console.error('Tejido analysis worker failed', error);
    const message = error instanceof Error ? error.message : String(error);
    send({ kind: 'failed', id: job.id, error: { code: 'analysis.crashed', params: { message } } });
  });
});
