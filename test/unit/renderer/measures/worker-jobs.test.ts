import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkSnapshot } from '../../../../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import {
  AnalysisRequest,
  AnalysisResponse,
} from '../../../../renderer/workers/analysis-messages.ts';
import { runAnalysisJob } from '../../../../renderer/workers/run-analysis-job.ts';
import {
  runWorkerJob,
  type JobEnd,
  type JobWorker,
} from '../../../../renderer/workers/run-worker-job.ts';
import { createWorkerKeeper } from '../../../../renderer/workers/worker-keeper.ts';
import { actor, tie } from '../../shared/map/fixtures.ts';

/** A star of five around "hub", and one tie between two of its leaves. */
const snapshot = NetworkSnapshot.parse({
  actors: ['hub', 'a', 'b', 'c', 'd', 'e'].map((id) => actor(id, 'cso')),
  ties: [...['a', 'b', 'c', 'd', 'e'].map((leaf) => ['hub', leaf]), ['a', 'b']].map(
    ([source, target], index) => tie(`t${index}`, source!, target!),
  ),
  sectors: DEFAULT_SECTORS,
  tieTypes: DEFAULT_TIE_TYPES,
});

const analyze = {
  task: 'analyze',
  snapshot,
  settings: { at: null, includePotential: false, direction: 'undirected', weighted: false },
  groups: {},
} as const;

interface FakeWorker extends JobWorker {
  name: string;
  terminated: boolean;
  jobs: number;
}

/**
 * Workers in this thread, named w1, w2… as created: each request is parsed as the analysis
 * worker does and answered after a microtask by the real job, progress included, unless the
 * worker was terminated by then (a real worker's answer then never comes). `reply` replaces
 * the answer, to play a broken worker.
 */
function fakeWorkers(reply?: (request: AnalysisRequest) => unknown) {
  const created: FakeWorker[] = [];
  const create = (): FakeWorker => {
    const worker: FakeWorker = {
      name: `w${created.length + 1}`,
      terminated: false,
      jobs: 0,
      onmessage: null,
      onerror: null,
      postMessage(message) {
        worker.jobs += 1;
        const request = AnalysisRequest.parse(message);
        queueMicrotask(() => {
          const send = (data: unknown) => {
            if (!worker.terminated) worker.onmessage?.({ data } as MessageEvent<unknown>);
          };
          if (reply) {
            send(reply(request));
            return;
          }
          send(
            runAnalysisJob(request, (phase) => send({ kind: 'progress', id: request.id, phase })),
          );
        });
      },
      terminate() {
        worker.terminated = true;
      },
    };
    created.push(worker);
    return worker;
  };
  return { created, workers: createWorkerKeeper<JobWorker>(create, { keep: 1, idleMs: 60_000 }) };
}

let lastId = 0;

type Workers = ReturnType<typeof fakeWorkers>['workers'];

/** Starts an analysis job in `workers`, its phases pushed to `phases`; returns its stop. */
function start(
  workers: Workers,
  onEnd: (end: JobEnd<AnalysisResponse>) => void,
  phases: string[] = [],
  request: object = analyze,
): () => void {
  return runWorkerJob({
    id: ++lastId,
    workers,
    request,
    schema: AnalysisResponse,
    name: 'analysis',
    onProgress: (message) => phases.push(message.phase),
    onEnd,
  });
}

/** Runs one analysis job to its end. */
function analyzeIn(
  workers: Workers,
  request: object = analyze,
): Promise<{ end: JobEnd<AnalysisResponse>; phases: string[] }> {
  return new Promise((resolve) => {
    const phases: string[] = [];
    start(workers, (end) => resolve({ end, phases }), phases, request);
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('analysis jobs in kept workers', () => {
  it('answers what the job answers in this thread, and runs the next job in the same worker', async () => {
    const { created, workers } = fakeWorkers();
    const first = await analyzeIn(workers);
    const second = await analyzeIn(workers);
    expect(first.phases).toEqual(['building', 'measuring']);
    expect(first.end.status).toBe('done');
    if (first.end.status !== 'done' || second.end.status !== 'done') return;
    const expected = runAnalysisJob({ ...analyze, id: 0 }, () => undefined);
    expect({ ...first.end.answer, id: 0 }).toEqual(expected);
    expect(second.end.answer.id).toBeGreaterThan(first.end.answer.id);
    expect(created.map((worker) => [worker.name, worker.jobs, worker.terminated])).toEqual([
      ['w1', 2, false],
    ]);
  });

  it('terminates the worker of a stopped job, never answers it, and starts a fresh one next', async () => {
    const { created, workers } = fakeWorkers();
    const onEnd = vi.fn();
    const stop = start(workers, onEnd);
    stop();
    stop();
    await analyzeIn(workers);
    expect(onEnd).not.toHaveBeenCalled();
    expect(created.map((worker) => [worker.name, worker.terminated])).toEqual([
      ['w1', true],
      ['w2', false],
    ]);
  });

  it('keeps a worker whose job the engine refused, and ends the job with the refusal', async () => {
    const { created, workers } = fakeWorkers();
    const { end } = await analyzeIn(workers, { ...analyze, task: 'withoutActor', actor: 'x' });
    expect(end).toEqual({
      status: 'failed',
      error: { code: 'measure.unknownActor', params: { actor: 'x' } },
    });
    await analyzeIn(workers);
    expect(created).toHaveLength(1);
  });

  it.each([
    [
      'a crash it caught',
      () => ({ kind: 'failed', id: -1, error: { code: 'analysis.crashed', params: {} } }),
      'analysis.crashed',
    ],
    ['an unreadable answer', () => ({ kind: 'analysis', id: 1 }), 'analysis.badAnswer'],
  ])('discards a worker after %s', async (_case, reply, code) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { created, workers } = fakeWorkers(reply);
    const { end } = await analyzeIn(workers);
    expect(end).toMatchObject({ status: 'failed', error: { code } });
    expect(created[0]!.terminated).toBe(true);
  });

  it('ends the job when the worker could not read its request (id −1)', async () => {
    const { workers } = fakeWorkers(() => ({
      kind: 'failed',
      id: -1,
      error: { code: 'analysis.badRequest', params: {} },
    }));
    const { end } = await analyzeIn(workers);
    expect(end).toEqual({ status: 'failed', error: { code: 'analysis.badRequest', params: {} } });
  });

  it("ignores another job's late messages", async () => {
    const { workers } = fakeWorkers((request) => ({
      kind: 'progress',
      id: request.id + 1000,
      phase: 'building',
    }));
    const onEnd = vi.fn();
    const phases: string[] = [];
    start(workers, onEnd, phases);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(phases).toEqual([]);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('fails the job and discards the worker when the worker stops with an error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { created, workers } = fakeWorkers();
    const onEnd = vi.fn();
    start(workers, onEnd);
    const event = { message: 'out of memory', preventDefault: vi.fn() };
    created[0]!.onerror?.(event as unknown as ErrorEvent);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onEnd).toHaveBeenCalledWith({
      status: 'failed',
      error: { code: 'analysis.crashed', params: { message: 'out of memory' } },
    });
    expect(created[0]!.terminated).toBe(true);
  });
});

describe('the worker keeper', () => {
  const endable = (name: string) => ({ name, terminated: false, terminate() {} });

  function keeperOf(keep: number, idleMs = 1000) {
    const created: ReturnType<typeof endable>[] = [];
    const workers = createWorkerKeeper(
      () => {
        const worker = endable(`w${created.length + 1}`);
        worker.terminate = () => (worker.terminated = true);
        created.push(worker);
        return worker;
      },
      { keep, idleMs },
    );
    return { created, workers };
  }

  it('hands out the worker kept last, and a new one when none is kept', () => {
    const { created, workers } = keeperOf(2);
    const [one, two] = [workers.take(), workers.take()];
    workers.keep(one);
    workers.keep(two);
    expect([workers.take().name, workers.take().name, workers.take().name]).toEqual([
      'w2',
      'w1',
      'w3',
    ]);
    expect(created.some((worker) => worker.terminated)).toBe(false);
  });

  it('terminates a worker given back when enough are kept, or discarded', () => {
    const { created, workers } = keeperOf(1);
    const [one, two, three] = [workers.take(), workers.take(), workers.take()];
    workers.keep(one);
    workers.keep(two);
    workers.discard(three);
    expect(created.map((worker) => worker.terminated)).toEqual([false, true, true]);
    expect(workers.take()).toBe(one);
  });

  it('lets an idle worker go after idleMs, and not one handed out again before', () => {
    vi.useFakeTimers();
    const { created, workers } = keeperOf(1, 1000);
    const one = workers.take();
    workers.keep(one);
    vi.advanceTimersByTime(999);
    expect(workers.take()).toBe(one);
    vi.advanceTimersByTime(5000);
    expect(one.terminated).toBe(false);
    workers.keep(one);
    vi.advanceTimersByTime(1000);
    expect(one.terminated).toBe(true);
    expect(workers.take().name).toBe('w2');
    expect(created).toHaveLength(2);
  });
});
