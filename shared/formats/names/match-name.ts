import { normaliseName } from './normalise-name.ts';

/** An actor as name matching sees it: its name and the aliases kept from earlier merges. */
export interface NameCandidate {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface NameMatch {
  id: string;
  /** 1 for names equal after normalisation; otherwise the similarity, 0–1. */
  score: number;
  reason: 'sameName' | 'sameAlias' | 'similar';
  /** The candidate's name or alias that matched. */
  matched: string;
}

/** Below this, two names are not proposed as the same actor. */
export const SIMILARITY_THRESHOLD = 0.9;

/**
 * Jaro–Winkler similarity (Winkler 1990, "String Comparator Metrics and Enhanced Decision
 * Rules in the Fellegi–Sunter Model of Record Linkage"): Jaro's matching-characters score,
 * raised for a common prefix of up to 4 characters with scaling 0.1. Suits short names with
 * typos ("Red Mujres" / "Red Mujeres").
 */
export function jaroWinkler(first: string, second: string): number {
  if (first === second) return 1;
  if (first.length === 0 || second.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(first.length, second.length) / 2) - 1);
  const firstMatched = new Array<boolean>(first.length).fill(false);
  const secondMatched = new Array<boolean>(second.length).fill(false);
  let matches = 0;
  for (let i = 0; i < first.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(second.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (secondMatched[j] || first[i] !== second[j]) continue;
      firstMatched[i] = true;
      secondMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < first.length; i++) {
    if (!firstMatched[i]) continue;
    while (!secondMatched[k]) k++;
    if (first[i] !== second[k]) transpositions++;
    k++;
  }
  const jaro =
    (matches / first.length + matches / second.length + (matches - transpositions / 2) / matches) /
    3;
  let prefix = 0;
  while (prefix < 4 && first[prefix] !== undefined && first[prefix] === second[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Share of words in common (Jaccard), for reordered names ("Sonora Gobierno de" / "Gobierno de Sonora"). */
export function tokenOverlap(first: string, second: string): number {
  const a = new Set(first.split(' ').filter(Boolean));
  const b = new Set(second.split(' ').filter(Boolean));
  if (a.size === 0 || b.size === 0) return 0;
  const shared = [...a].filter((token) => b.has(token)).length;
  return shared / (a.size + b.size - shared);
}

/** The similarity used for proposals: the better of Jaro–Winkler and word overlap, on normalised names. */
export function nameSimilarity(first: string, second: string): number {
  const a = normaliseName(first);
  const b = normaliseName(second);
  return Math.max(jaroWinkler(a, b), tokenOverlap(a, b));
}

/**
 * The candidates a name may refer to, best first: equal after normalisation (names, then
 * aliases kept from merges), then similar above the threshold. Ties in score are ordered by
 * id, so the answer is deterministic.
 */
export function matchName(
  name: string,
  candidates: readonly NameCandidate[],
  threshold = SIMILARITY_THRESHOLD,
): NameMatch[] {
  const wanted = normaliseName(name);
  const matches: NameMatch[] = [];
  for (const candidate of candidates) {
    const best = bestForCandidate(wanted, candidate);
    if (best.score >= threshold) matches.push(best);
  }
  const order = { sameName: 0, sameAlias: 1, similar: 2 };
  return matches.sort(
    (a, b) =>
      order[a.reason] - order[b.reason] ||
      b.score - a.score ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function bestForCandidate(wanted: string, candidate: NameCandidate): NameMatch {
  if (normaliseName(candidate.name) === wanted) {
    return { id: candidate.id, score: 1, reason: 'sameName', matched: candidate.name };
  }
  const alias = (candidate.aliases ?? []).find((text) => normaliseName(text) === wanted);
  if (alias !== undefined)
    return { id: candidate.id, score: 1, reason: 'sameAlias', matched: alias };
  const texts = [candidate.name, ...(candidate.aliases ?? [])];
  const scored = texts.map((text) => {
    const normal = normaliseName(text);
    return { text, score: Math.max(jaroWinkler(wanted, normal), tokenOverlap(wanted, normal)) };
  });
  const top = scored.reduce((best, next) => (next.score > best.score ? next : best));
  return { id: candidate.id, score: top.score, reason: 'similar', matched: top.text };
}

export interface DuplicateProposal {
  first: string;
  second: string;
  score: number;
  reason: 'sameName' | 'similar';
}

/**
 * Pairs of actors that are likely the same organisation, for the merge proposal: equal
 * after normalisation, or similar above the threshold. Quadratic in the number of
 * actors, fine for the hundreds a learning community has; the pairs come sorted by score
 * then ids, so the same input always gives the same list.
 */
export function proposeDuplicates(
  actors: readonly NameCandidate[],
  threshold = SIMILARITY_THRESHOLD,
): DuplicateProposal[] {
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const normal = sorted.map((actor) => normaliseName(actor.name));
  const proposals: DuplicateProposal[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const same = normal[i] === normal[j];
      const score = same
        ? 1
        : Math.max(jaroWinkler(normal[i]!, normal[j]!), tokenOverlap(normal[i]!, normal[j]!));
      if (score < threshold) continue;
      proposals.push({
        first: sorted[i]!.id,
        second: sorted[j]!.id,
        score,
        reason: same ? 'sameName' : 'similar',
      });
    }
  }
  return proposals.sort((a, b) => b.score - a.score);
}
