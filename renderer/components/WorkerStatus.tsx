import type { ReactNode } from 'react';

export type WorkerStatusState = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

interface WorkerStatusProps {
  status: WorkerStatusState;
  /** What the worker is doing, shown while it runs. */
  running: ReactNode;
  /** Drawn as a progress bar while running, when the job knows its size. */
  progress?: { done: number; total: number } | undefined;
  /** Why it failed, already translated. */
  error?: string | undefined;
  texts: { cancel: string; cancelled: string; again: string };
  onCancel: () => void;
  /** Without it, a cancelled job offers no way to start again. */
  onRestart?: (() => void) | undefined;
  testId: string;
}

/**
 * The one status line of every long job run in a worker (measures, periods over time): what it
 * is doing with Cancel, why it failed, or that it stopped with Run again. Nothing when idle or
 * done: the result speaks for itself.
 */
export function WorkerStatus(props: WorkerStatusProps) {
  const { status, testId, texts } = props;
  if (status === 'running') {
    return (
      <div className="analysis-status" role="status" data-testid={testId} data-state="running">
        <span className="spinner" aria-hidden="true" />
        <span>{props.running}</span>
        {props.progress && props.progress.total > 0 && (
          <progress max={props.progress.total} value={props.progress.done} />
        )}
        <button
          type="button"
          className="button"
          data-testid={`${testId}-cancel`}
          onClick={props.onCancel}
        >
          {texts.cancel}
        </button>
      </div>
    );
  }
  if (status === 'failed') {
    return (
      <div className="notice notice--error" role="alert" data-testid={testId} data-state="failed">
        <p>{props.error}</p>
      </div>
    );
  }
  if (status === 'cancelled') {
    return (
      <div className="notice" role="status" data-testid={testId} data-state="cancelled">
        <p>{texts.cancelled}</p>
        {props.onRestart && (
          <button
            type="button"
            className="button"
            data-testid={`${testId}-again`}
            onClick={props.onRestart}
          >
            {texts.again}
          </button>
        )}
      </div>
    );
  }
  return null;
}
