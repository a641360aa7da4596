import { z } from 'zod';
import { ApiError } from '../../shared/api/errors.ts';
import { API_PREFIX, type CallFunction, type CallResult } from '../../shared/api/transport.ts';
import { readToken } from './session-token.ts';

const ErrorBody = z.object({ error: ApiError });

/**
 * Browser mode: `POST /api/<name>` with the input as JSON and the run's token as a bearer
 * credential. A 2xx body is the output; any other status carries `{ "error": ApiError }`.
 */
export const callOverHttp: CallFunction = (name, input) => callOverHttpUnless(name, input);

/**
 * callOverHttp that stops when `signal` aborts (rejecting with its reason): a screen that is
 * left before a long list arrives does not then read 15 MB of JSON.
 */
export async function callOverHttpUnless(
  name: string,
  input: unknown,
  signal?: AbortSignal,
): Promise<CallResult> {
  const token = readToken();
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    signal?.throwIfAborted();
    console.error(`Tejido could not reach its backend for ${name}`, cause);
    return failure('internal', { reason: 'network' });
  }
  return readResult(name, response, signal);
}

async function readResult(
  name: string,
  response: Response,
  signal?: AbortSignal,
): Promise<CallResult> {
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    signal?.throwIfAborted();
    console.error(`Tejido's backend answered ${name} with a body that is not JSON`, cause);
    if (response.status === 401) return failure('http.unauthorized', {});
    return failure('internal', { status: response.status });
  }
  if (response.ok) return { ok: true, value: body };
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return { ok: false, error: parsed.data.error };
  console.error(`Tejido's backend answered ${name} with an unreadable error`, body);
  return failure(response.status === 401 ? 'http.unauthorized' : 'internal', {
    status: response.status,
  });
}

function failure(code: ApiError['code'], params: ApiError['params']): CallResult {
  return { ok: false, error: { code, params } };
}
