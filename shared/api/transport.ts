import type { ApiError } from './errors.ts';
import type { OperationInput, OperationName, OperationOutput } from './operations.ts';

/**
 * What every transport answers. Errors travel as data, not exceptions, because Electron's
 * contextBridge and JSON over HTTP both drop the class and fields of a thrown error.
 */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

/** The one function a client needs: preload exposes it as `window.tejido.call`. */
export type CallFunction = (name: string, input: unknown) => Promise<CallResult>;

/** A typed call, as the renderer and tests use it. */
export type TypedCall = <N extends OperationName>(
  name: N,
  input: OperationInput<N>,
) => Promise<OperationOutput<N>>;

export const IPC_CHANNEL = 'tejido:call';
/** Main → window: backend events (shared/api/events.ts), one message per event. */
export const EVENT_CHANNEL = 'tejido:event';

/** Preload's `onEvent`: hears every backend event until the returned function is called. */
export type OnEventFunction = (listener: (event: unknown) => void) => () => void;
/** HTTP: `POST ${API_PREFIX}<name>` with the token as a bearer credential. */
export const API_PREFIX = '/api/';
/** The browser-mode URL carries the token in its fragment, which is never sent to a server. */
export const TOKEN_FRAGMENT_KEY = 'token';
