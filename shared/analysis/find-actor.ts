import { normaliseName } from '../formats/names/normalise-name.ts';

export type ActorMatch =
  { found: 'one'; id: string } | { found: 'none' } | { found: 'several'; ids: string[] };

/**
 * The actor a person means by `query`: its id exactly as written, else its label exactly,
 * else its label as names are compared on import (accents, case, punctuation and a legal
 * suffix such as "A.C." aside), so `Red Impulso Civico` finds "Red Impulso Cívico A.C.".
 * Project ids are codes nobody types, so names must work; a name several actors share is
 * reported with their ids rather than guessed.
 */
export function findActor(
  query: string,
  ids: readonly string[],
  labels: ReadonlyMap<string, string>,
): ActorMatch {
  if (ids.includes(query)) return { found: 'one', id: query };
  const exact = ids.filter((id) => labels.get(id) === query);
  if (exact.length > 0) return matchOf(exact);
  const wanted = normaliseName(query);
  if (wanted === '') return { found: 'none' };
  return matchOf(ids.filter((id) => normaliseName(labels.get(id) ?? id) === wanted));
}

function matchOf(ids: string[]): ActorMatch {
  if (ids.length === 0) return { found: 'none' };
  return ids.length === 1 ? { found: 'one', id: ids[0]! } : { found: 'several', ids };
}
