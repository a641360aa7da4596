import type { z } from 'zod';
import type { EndableWorker, WorkerKeeper } from './worker-keeper.ts';

/** The part of a Worker a job uses (a fake one in tests). */
export interface JobWorker extends EndableWorker {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface JobError {
  code: string;
  params: Record<string, string | number>;
}

/** What a job worker sends: progress, a failure, or one of its answers, each with the job's id. */
export type JobMessage =
  | { kind: 'progress'; id: number }
  | { kind: 'failed'; id: number; error: JobError }
  | { kind: string; id: number };

export type JobAnswer<M extends JobMessage> = Exclude<M, { kind: 'progress' } | { kind: 'failed' }>;

export type JobEnd<M extends JobMessage> =
  { status: 'done'; answer: JobAnswer<M> } | { status: 'failed'; error: JobError };

export interface WorkerJob<M extends JobMessage> {
  workers: WorkerKeeper<JobWorker>;
  /** The request without its id. */
  request: object;
  /** The job's number, which the worker's messages about it carry. */
  id: number;
  /** Every message is parsed with it, as any input from outside. */
  schema: z.ZodType<M>;
  /** The worker's name in console errors and error codes (`analysis.crashed`). */
  name: 'analysis' | 'series';
  onProgress(message: Extract<M, { kind: 'progress' }>): void;
  /** Called once, unless the job is stopped first. */
  onEnd(end: JobEnd<M>): void;
}

/**
 * Runs one job in a worker from `workers` and returns `stop`: the job is dropped and its
 * worker terminated (the engine is synchronous, so that is the only way to stop it), unless
 * it has already ended. A worker whose job ended with an answer or a measure's failure goes
 * back to `workers` for the next job; one that crashed or sent something unreadable does not.
 */
export function runWorkerJob<M extends JobMessage>(job: WorkerJob<M>): () => void {
  const { id } = job;
  const worker = job.workers.take();
  let ended = false;
  const detach = (reusable: boolean) => {
    ended = true;
    worker.onmessage = null;
    worker.onerror = null;
    if (reusable) job.workers.keep(worker);
    else job.workers.discard(worker);
  };
  const end = (outcome: JobEnd<M>, reusable: boolean) => {
    if (ended) return;
    detach(reusable);
    job.onEnd(outcome);
  };
  worker.onmessage = (event) => {
    const parsed = job.schema.safeParse(event.data);
    if (!parsed.success) {
      console.error(`Tejido: unreadable answer from the ${job.name} worker`, parsed.error);
      end({ status: 'failed', error: { code: `${job.name}.badAnswer`, params: {} } }, false);
      return;
    }
    const message: JobMessage = parsed.data;
    // Id −1: the worker could not read a request, and the only one it has is this job's.
    if (message.id !== id && !(message.kind === 'failed' && message.id === -1)) return;
    if (isProgress(message)) job.onProgress(message as Extract<M, { kind: 'progress' }>);
    else if (isFailure(message)) {
      end({ status: 'failed', error: message.error }, !message.error.code.endsWith('.crashed'));
    } else end({ status: 'done', answer: message as JobAnswer<M> }, true);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    console.error(`Tejido: the ${job.name} worker stopped`, event.message);
    const error = { code: `${job.name}.crashed`, params: { message: event.message } };
    end({ status: 'failed', error }, false);
  };
  worker.postMessage({ ...job.request, id });
  return () => {
    if (!ended) detach(false);
  };
}

function isProgress(message: JobMessage): message is { kind: 'progress'; id: number } {
  return message.kind === 'progress';
}

function isFailure(
  message: JobMessage,
): message is { kind: 'failed'; id: number; error: JobError } {
  return message.kind === 'failed';
}
