import type { z } from 'zod';
import {
  JOIN_CODE_HEADER,
  JoinAnswer,
  ParticipantMap,
  ProposeAnswer,
  type ProposeRequest,
  participantRoutes,
  type JoinRequest,
} from '../../shared/api/participant-api.ts';

/** What can go wrong, as the phone explains it (participant.problems.*). */
export type Problem = 'badCode' | 'expired' | 'slowDown' | 'invalid' | 'network' | 'server';
export type Answer<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * The phone talks only to the LAN server's /p/* routes, with fetch, and trusts no answer
 * it has not parsed with the contract's zod schema. A 401 means a wrong code before
 * joining and an expired one after (the share stopped: tokens die with it).
 */
async function request<T extends z.ZodType>(
  path: string,
  init: RequestInit,
  schema: T,
  joined: boolean,
): Promise<Answer<z.output<T>>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, cache: 'no-store', credentials: 'omit' });
  } catch {
    return { ok: false, problem: 'network' };
  }
  if (response.status === 401 || response.status === 403)
    return { ok: false, problem: joined ? 'expired' : 'badCode' };
  if (response.status === 429) return { ok: false, problem: 'slowDown' };
  if (response.status >= 400 && response.status < 500) return { ok: false, problem: 'invalid' };
  if (!response.ok) return { ok: false, problem: 'server' };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, problem: 'server' };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error('The workshop answered with an unexpected shape', parsed.error);
    return { ok: false, problem: 'server' };
  }
  return { ok: true, value: parsed.data };
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

export function join(body: JoinRequest): Promise<Answer<JoinAnswer>> {
  return request(
    participantRoutes.join,
    { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) },
    JoinAnswer,
    false,
  );
}

/**
 * The map's names: with the participant's token after joining, or with the join code
 * before (so a phone can find its organisation in the list before it joins).
 */
export function fetchMap(
  auth: { token: string } | { code: string },
): Promise<Answer<ParticipantMap>> {
  const headers: Record<string, string> =
    'token' in auth ? { Authorization: `Bearer ${auth.token}` } : { [JOIN_CODE_HEADER]: auth.code };
  return request(
    participantRoutes.map,
    { method: 'GET', headers },
    ParticipantMap,
    'token' in auth,
  );
}

/** What a phone sends: the contract's input shape (ids as plain strings). */
export type ProposeBody = z.input<typeof ProposeRequest>;

export function propose(token: string, body: ProposeBody): Promise<Answer<ProposeAnswer>> {
  return request(
    participantRoutes.propose,
    {
      method: 'POST',
      headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    },
    ProposeAnswer,
    true,
  );
}

/** The code from the join URL's fragment (`/join#K7P2` or `#code=K7P2`), if any. */
export function codeFromHash(hash: string): string {
  const raw = decodeURIComponent(hash.replace(/^#/, ''));
  const value = raw.startsWith('code=') ? raw.slice(5) : raw;
  return /^[A-Za-z0-9-]{1,32}$/.test(value) ? value : '';
}
