/** The part of a Worker a keeper handles (a fake one in tests). */
export interface EndableWorker {
  terminate(): void;
}

/**
 * Hands out workers for one job at a time and keeps those whose job ended, so the next job
 * runs in a worker whose engine V8 has already compiled. A fresh worker loads its bundle and
 * runs every kernel interpreted before compiling it: on a few hundred actors that is most of
 * a job's time (about 250 ms in Chromium, against 20–40 ms once compiled).
 */
export interface WorkerKeeper<W extends EndableWorker> {
  /** A worker for one job: the one kept last, or a new one when none is kept. */
  take(): W;
  /** Its job ended with an answer: kept for the next job, or terminated when enough are. */
  keep(worker: W): void;
  /** Its job was cancelled, replaced or crashed: terminated, never handed out again. */
  discard(worker: W): void;
}

export interface KeeperOptions {
  /** How many idle workers to keep. */
  keep: number;
  /**
   * An idle worker is terminated after this long, so the memory of a large network's
   * analysis is not held while nobody asks for another.
   */
  idleMs: number;
}

export function createWorkerKeeper<W extends EndableWorker>(
  create: () => W,
  options: KeeperOptions,
): WorkerKeeper<W> {
  const idle: { worker: W; timer: ReturnType<typeof setTimeout> }[] = [];
  const remove = (worker: W) => {
    const index = idle.findIndex((entry) => entry.worker === worker);
    if (index === -1) return;
    clearTimeout(idle[index]!.timer);
    idle.splice(index, 1);
  };
  return {
    take() {
      const entry = idle.pop();
      if (!entry) return create();
      clearTimeout(entry.timer);
      return entry.worker;
    },
    keep(worker) {
      remove(worker);
      if (idle.length >= options.keep) {
        worker.terminate();
        return;
      }
      const timer = setTimeout(() => {
        remove(worker);
        worker.terminate();
      }, options.idleMs);
      idle.push({ worker, timer });
    },
    discard(worker) {
      remove(worker);
      worker.terminate();
    },
  };
}
