import { useCallback, useEffect, useRef, useState } from 'react';

/** The states every worker job passes through besides its own running and done ones. */
type Ends = { status: 'idle' } | { status: 'cancelled' };

/**
 * Starts one job: numbered `id` (late answers of an earlier job are ignored by it), reporting
 * through `setState`; returns what stops it.
 */
export type StartWorkerJob<J, S> = (job: J, id: number, setState: (state: S) => void) => () => void;

/**
 * The React side of a worker job: runs `start` whenever `job` changes (pass a memoised object;
 * null runs nothing) and stops the running job when a new one comes, when `cancel()` is
 * called or when the component leaves. `start` must be stable (module-level or memoised):
 * a new one runs the job again. A job not yet answered reads as `starting`.
 */
export function useWorkerJob<J, S extends { status: string }>(
  job: J | null,
  start: StartWorkerJob<J, S>,
  starting: S,
): { state: S | Ends; cancel: () => void } {
  // Each state remembers its job, so a new job reads as starting without a state update.
  const [tagged, setTagged] = useState<{ job: J | null; state: S | Ends }>({
    job: null,
    state: { status: 'idle' },
  });
  const stopJob = useRef<(() => void) | null>(null);
  const jobId = useRef(0);

  useEffect(() => {
    if (job === null) return;
    const stop = start(job, ++jobId.current, (state) => setTagged({ job, state }));
    stopJob.current = stop;
    return () => {
      stop();
      if (stopJob.current === stop) stopJob.current = null;
    };
  }, [job, start]);

  const cancel = useCallback(() => {
    stopJob.current?.();
    stopJob.current = null;
    setTagged({ job, state: { status: 'cancelled' } });
  }, [job]);

  const state =
    tagged.job === job ? tagged.state : job === null ? { status: 'idle' as const } : starting;
  return { state, cancel };
}
