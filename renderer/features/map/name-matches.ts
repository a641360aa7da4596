import type { Actor } from '../../../shared/domain/actor.ts';

/**
 * Up to this many actors a name list (search suggestions, the ego-network menu) holds every
 * actor; above it, only names matching what was typed. A list of 20,000 options made the
 * large map's first render one task of over a second.
 */
export const FULL_NAME_LIST = 500;

/** How many matches a long list offers at once. */
const MATCHES_SHOWN = 50;

/** Accent- and case-insensitive, as people type names in a hurry. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The actors to offer for `query`: every actor on a short list; on a long one, those whose
 * name contains the query (none before anything is typed), at most MATCHES_SHOWN.
 */
export function namesToOffer(actors: readonly Actor[], query: string): readonly Actor[] {
  if (actors.length <= FULL_NAME_LIST) return actors;
  const wanted = fold(query.trim());
  if (!wanted) return [];
  const matches: Actor[] = [];
  for (const actor of actors) {
    if (!fold(actor.name).includes(wanted)) continue;
    matches.push(actor);
    if (matches.length === MATCHES_SHOWN) break;
  }
  return matches;
}
