import { jaroWinkler } from './match-name.ts';
import { normaliseName } from './normalise-name.ts';

/** An actor as the name box sees it: its name and the aliases kept from merges. */
export interface NameCandidate {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface NameSuggestion {
  id: string;
  name: string;
  /** The alias that matched, when the match came through an alias. */
  alias: string | null;
  kind: 'same' | 'prefix' | 'contains' | 'similar';
}

/** Each actor with the aliases merges kept for it (aliases of unknown actors are dropped). */
export function nameCandidates(
  actors: readonly { id: string; name: string }[],
  aliases: readonly { actorId: string; alias: string }[],
): NameCandidate[] {
  const byActor = new Map<string, string[]>();
  for (const { actorId, alias } of aliases) {
    const list = byActor.get(actorId);
    if (list) list.push(alias);
    else byActor.set(actorId, [alias]);
  }
  return actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    aliases: byActor.get(actor.id) ?? [],
  }));
}

/** Below this Jaro–Winkler similarity a typed name is not offered as a typo of an actor. */
const TYPO_THRESHOLD = 0.88;
const KIND_ORDER = { same: 0, prefix: 1, contains: 2, similar: 3 } as const;

/**
 * What the name box offers while the facilitator types: actors whose name or alias equals
 * the text once normalised (accents, case, punctuation and legal suffixes ignored, as in
 * imports), then those where a word starts with it, then those containing it, then close
 * spellings (a typo of an existing name). Best first; within a kind by name.
 */
export function suggestNames(
  typed: string,
  candidates: readonly NameCandidate[],
  limit = 6,
): NameSuggestion[] {
  const wanted = normaliseName(typed);
  if (!wanted) return [];
  const found: NameSuggestion[] = [];
  for (const candidate of candidates) {
    const best = bestMatch(wanted, candidate);
    if (best) found.push(best);
  }
  return found
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.name.localeCompare(b.name) ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, limit);
}

function bestMatch(wanted: string, candidate: NameCandidate): NameSuggestion | null {
  const texts = [
    { text: candidate.name, alias: null },
    ...(candidate.aliases ?? []).map((alias) => ({ text: alias, alias })),
  ];
  let best: NameSuggestion | null = null;
  for (const { text, alias } of texts) {
    const kind = matchKind(wanted, normaliseName(text));
    if (kind && (!best || KIND_ORDER[kind] < KIND_ORDER[best.kind]))
      best = { id: candidate.id, name: candidate.name, alias, kind };
  }
  return best;
}

function matchKind(wanted: string, normal: string): NameSuggestion['kind'] | null {
  if (normal === wanted) return 'same';
  if (normal.startsWith(wanted) || normal.split(' ').some((word) => word.startsWith(wanted)))
    return 'prefix';
  if (normal.includes(wanted)) return 'contains';
  // Typos only once enough is typed: two or three letters are close to everything.
  if (wanted.length >= 5 && jaroWinkler(wanted, normal) >= TYPO_THRESHOLD) return 'similar';
  return null;
}

/**
 * The existing actor a finished name means, if any: the same name or alias once normalised.
 * This is what keeps the room from creating "Red Mujeres" next to "red mujeres, A.C.".
 */
export function resolveName(typed: string, candidates: readonly NameCandidate[]): string | null {
  const wanted = normaliseName(typed);
  if (!wanted) return null;
  const byName = candidates.find((candidate) => normaliseName(candidate.name) === wanted);
  if (byName) return byName.id;
  const byAlias = candidates.find((candidate) =>
    (candidate.aliases ?? []).some((alias) => normaliseName(alias) === wanted),
  );
  return byAlias?.id ?? null;
}
