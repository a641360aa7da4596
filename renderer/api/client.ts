import { ApiError } from '../../shared/api/errors.ts';
import {
  operations,
  type OperationName,
  type OperationOutput,
} from '../../shared/api/operations.ts';
import type {
  CallFunction,
  CallResult,
  OnEventFunction,
  TypedCall,
} from '../../shared/api/transport.ts';
import { ApiCallError } from './api-call-error.ts';
import { callOverHttpUnless } from './http-transport.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    tejido?: { call: CallFunction; onEvent?: OnEventFunction };
  }
}

/**
 * The renderer's only way to the backend: the Electron preload's `call` when present,
 * HTTP in browser mode. Failures throw an ApiCallError; answers are parsed with the
 * operation's output schema, because a transport is an edge (STYLE.md §4).
 */
export const call: TypedCall = async (name, input) =>
  parseOutput(name, await callUnparsed(name, input));

/**
 * The answer of an operation before its output schema is applied, for the callers that parse
 * a very large answer in slices (the map's network, the Data screen's lists): transport
 * failures and error answers throw exactly as `call` throws them. An aborted `signal` stops an
 * HTTP call and rejects with its reason.
 */
export async function callUnparsed(
  name: OperationName,
  input: unknown,
  signal?: AbortSignal,
): Promise<unknown> {
  // Only HTTP can stop a call; the Electron preload's answer arrives regardless.
  const transport: CallFunction =
    window.tejido?.call ?? ((name, input) => callOverHttpUnless(name, input, signal));
  const result = await runTransport(transport, name, input, signal);
  if (!result.ok) {
    const error = ApiError.safeParse(result.error);
    throw new ApiCallError(name, error.success ? error.data : internal('unreadable error'));
  }
  return result.value;
}

async function runTransport(
  transport: CallFunction,
  name: string,
  input: unknown,
  signal?: AbortSignal,
): Promise<CallResult> {
  try {
    return await transport(name, input);
  } catch (cause) {
    signal?.throwIfAborted();
    console.error(`Tejido's transport failed on ${name}`, cause);
    return { ok: false, error: internal('transport') };
  }
}

function parseOutput<N extends OperationName>(name: N, value: unknown): OperationOutput<N> {
  const parsed = operations[name].output.safeParse(value);
  if (!parsed.success) throw unexpectedAnswer(name, parsed.error);
  // Indexing the table with a generic name loses the link between N and its schema;
  // the value was just parsed by operations[name].output, so it is OperationOutput<N>.
  return parsed.data as OperationOutput<N>;
}

/** A well-formed answer of the wrong shape: logged for us, "internal" for the user. */
export function unexpectedAnswer(name: string, error: unknown): ApiCallError {
  console.error(`Tejido's backend answered ${name} with an unexpected shape`, error);
  return new ApiCallError(name, internal('unexpected answer'));
}

function internal(reason: string): ApiError {
  return { code: 'internal', params: { reason } };
}
