import type { BackendEvent } from '../../../shared/api/events.ts';

export type EventListener = (event: BackendEvent) => void;

/**
 * Pushes backend events to whoever hosts the backend (the SSE route, Electron's window).
 * A listener that throws is dropped from this delivery only: one broken connection must
 * not stop the others from hearing about a proposal.
 */
export function eventHub(log: (message: string, error: unknown) => void = () => undefined) {
  const listeners = new Set<EventListener>();
  return {
    emit(event: BackendEvent): void {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          log('an event listener failed', error);
        }
      }
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get listenerCount(): number {
      return listeners.size;
    },
  };
}

export type EventHub = ReturnType<typeof eventHub>;
