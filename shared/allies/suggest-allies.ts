import type { NetworkSnapshot } from '../api/network.ts';
import { MeasureError } from '../metrics/measure-error.ts';
import {
  buildAllyNetwork,
  degreeOf,
  distancesFrom,
  neighboursOf,
  type AllyNetwork,
} from './ally-network.ts';

/** Why an actor is suggested; the UI translates `allies.reasons.<code>` with `params`. */
export type AllyReasonCode =
  | 'sharedPartners'
  | 'sectorGap'
  | 'otherComponent'
  | 'farAway'
  | 'potentialByOthers'
  | 'potentialPair'
  | 'influentialSupporter';

export interface AllyReason {
  code: AllyReasonCode;
  params: Record<string, string | number>;
  /** This reason's share of the score (its weight times its value in [0, 1]). */
  weight: number;
  /** The evidence: shared partners, or the actors who marked the candidate as potential. */
  actors: string[];
}

export interface AllySuggestion {
  actorId: string;
  name: string;
  sector: string | null;
  score: number;
  reasons: AllyReason[];
}

export type AllyStance = 'supports' | 'neutral' | 'opposes' | 'unknown';

/** Perceived influence (0–5) on the workshop's question and stance, as rated in a workshop. */
export interface AllyRating {
  influence: number;
  stance: AllyStance;
}

export interface AllyWeights {
  commonNeighbours: number;
  adamicAdar: number;
  sectorGap: number;
  otherComponent: number;
  farAway: number;
  potentialByOthers: number;
  potentialPair: number;
  influentialSupporter: number;
}

export const DEFAULT_ALLY_WEIGHTS: Readonly<AllyWeights> = {
  commonNeighbours: 0.5,
  adamicAdar: 0.5,
  sectorGap: 0.3,
  otherComponent: 0.1,
  farAway: 0.05,
  potentialByOthers: 0.4,
  potentialPair: 0.6,
  influentialSupporter: 0.4,
};

/** Sectors a CSO usually wants to reach and lacks: DOMAIN.md's "government or private sector". */
export const DEFAULT_GAP_SECTORS: readonly string[] = [
  'government',
  'donor',
  'private',
  'international',
];

export interface SuggestAlliesOptions {
  /** Read the ties active on this day (YYYY-MM-DD); every tie when null or left out. */
  at?: string | null;
  /** How many suggestions to return; 10 by default (Infinity for all with a reason). */
  limit?: number;
  /** Sectors whose absence among the actor's ties is a gap worth filling. */
  gapSectors?: readonly string[];
  weights?: Partial<AllyWeights>;
  /** Ratings by actor id; the storage of ratings comes with the workshop screen. */
  ratings?: ReadonlyMap<string, AllyRating>;
  /** Distance (in ties) from which an actor of the same component counts as far away; 3. */
  farDistance?: number;
  /** Least influence (0–5) for a supporter to count as influential; 3. */
  minInfluence?: number;
}

/** Two scores closer than this are equal, so sums in another order do not reorder names. */
const SCORE_TOLERANCE = 1e-9;

/**
 * Potential allies of one actor: every other actor not already tied to it by an existing tie
 * active at `at`, scored by the sum of these reasons (each a weight times a value in [0, 1]):
 * - sharedPartners: common neighbours cn (actors tied to both) and Adamic–Adar
 *   aa = Σ over common neighbours w of 1 / ln(degree w); value
 *   wCN · cn / max cn + wAA · aa / max aa, maxima over this actor's candidates (so the best
 *   candidate by shared partners gets the full weight). Defaults wCN = wAA = 0.5.
 * - sectorGap (0.3): the candidate's sector is one of `gapSectors` (government, donor,
 *   private, international by default), not the actor's own, and the actor has no existing
 *   tie to anyone of that sector.
 * - otherComponent (0.1): no chain of ties joins them (a different weak component of at
 *   least 2 actors: an isolated actor is not a part of the network to reach).
 * - farAway (0.05): same component, at distance ≥ `farDistance` (3 by default).
 * - potentialByOthers (0.4): n other actors marked a potential tie to the candidate;
 *   value n / (n + 1), so the first mark counts most.
 * - potentialPair (0.6): a potential tie between the actor and the candidate.
 * - influentialSupporter (0.4): rated as supporting, with influence i ≥ `minInfluence`
 *   (3 by default); value i / 5.
 * Weights are options; the defaults keep shared partners first (they predict which ties form,
 * see scripts/bench-allies.ts) and let the other reasons lift actors the workshop asks about.
 * Only candidates with a score above 0 are listed, best first; equal scores are ordered by
 * name, then id (code-unit order, the same on every machine). Reasons are listed by weight,
 * then code. Directed ties count both ways; tie weights are ignored.
 * Ref: Liben-Nowell & Kleinberg 2007, JASIST 58:1019–1031 (common neighbours, Adamic–Adar);
 * Adamic & Adar 2003, Social Networks 25:211–230; Burt 1992 (structural holes) for bridges.
 * Throws MeasureError "measure.unknownActor" when the actor is not in the snapshot.
 */
export function suggestAllies(
  snapshot: NetworkSnapshot,
  actorId: string,
  options: SuggestAlliesOptions = {},
): AllySuggestion[] {
  return suggestAlliesIn(buildAllyNetwork(snapshot, options.at ?? null), actorId, options);
}

/** suggestAllies on a network already built for the date (`options.at` is not read again). */
export function suggestAlliesIn(
  network: AllyNetwork,
  actorId: string,
  options: SuggestAlliesOptions = {},
): AllySuggestion[] {
  const ego = network.indexOf.get(actorId);
  if (ego === undefined) throw new MeasureError('measure.unknownActor', { actor: actorId });
  const weights = { ...DEFAULT_ALLY_WEIGHTS, ...options.weights };
  const settings = {
    gapSectors: new Set(options.gapSectors ?? DEFAULT_GAP_SECTORS),
    ratings: options.ratings ?? new Map<string, AllyRating>(),
    farDistance: options.farDistance ?? 3,
    minInfluence: options.minInfluence ?? 3,
  };
  const { order, ids } = network.adjacency;
  const distance = distancesFrom(network, ego);
  const shared = sharedPartners(network, ego, distance);
  const reachedSectors = new Set(
    Array.from(neighboursOf(network, ego), (node) => network.sectors[node]),
  );
  const markedBy = potentialMarks(network, ego);
  const suggestions: AllySuggestion[] = [];
  for (let candidate = 0; candidate < order; candidate += 1) {
    if (candidate === ego || distance[candidate] === 1) continue;
    const reasons: AllyReason[] = [];
    const partners = shared.partners.get(candidate);
    if (partners !== undefined) {
      const count = partners.length;
      const adamicAdar = shared.adamicAdar.get(candidate)!;
      const value =
        (weights.commonNeighbours * count) / shared.maxCount +
        (weights.adamicAdar * adamicAdar) / shared.maxAdamicAdar;
      const evidence = sortByName(network, partners);
      reasons.push(
        reason('sharedPartners', value, { count, adamicAdar: round(adamicAdar) }, evidence),
      );
    }
    const sector = network.sectors[candidate] ?? null;
    if (
      sector !== null &&
      settings.gapSectors.has(sector) &&
      sector !== network.sectors[ego] &&
      !reachedSectors.has(sector)
    ) {
      reasons.push(reason('sectorGap', weights.sectorGap, { sector }));
    }
    const componentSize = network.components.sizes[network.components.membership[candidate]!]!;
    if (distance[candidate] === -1) {
      // An isolated actor is not "a part of the network"; its sector may still be a gap.
      if (componentSize >= 2) {
        reasons.push(reason('otherComponent', weights.otherComponent, { componentSize }));
      }
    } else if (distance[candidate]! >= settings.farDistance) {
      reasons.push(reason('farAway', weights.farAway, { distance: distance[candidate]! }));
    }
    const marks = markedBy.others.get(candidate);
    if (marks !== undefined) {
      const count = marks.length;
      const evidence = sortByName(network, marks);
      reasons.push(
        reason(
          'potentialByOthers',
          (weights.potentialByOthers * count) / (count + 1),
          { count },
          evidence,
        ),
      );
    }
    if (markedBy.pair.has(candidate))
      reasons.push(reason('potentialPair', weights.potentialPair, {}));
    const rating = settings.ratings.get(ids[candidate]!);
    if (rating && rating.stance === 'supports' && rating.influence >= settings.minInfluence) {
      const value = (weights.influentialSupporter * rating.influence) / 5;
      reasons.push(reason('influentialSupporter', value, { influence: rating.influence }));
    }
    const kept = reasons.filter((item) => item.weight > 0);
    const score = kept.reduce((sum, item) => sum + item.weight, 0);
    if (score <= 0) continue;
    kept.sort((a, b) => b.weight - a.weight || compareText(a.code, b.code));
    suggestions.push({
      actorId: ids[candidate]!,
      name: network.names[candidate]!,
      sector,
      score,
      reasons: kept,
    });
  }
  suggestions.sort(compareSuggestions);
  return suggestions.slice(0, options.limit ?? 10);
}

/** Best score first; equal scores by name, then id. */
export function compareSuggestions(a: AllySuggestion, b: AllySuggestion): number {
  if (Math.abs(a.score - b.score) > SCORE_TOLERANCE) return b.score - a.score;
  return compareText(a.name, b.name) || compareText(a.actorId, b.actorId);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function reason(
  code: AllyReasonCode,
  weight: number,
  params: Record<string, string | number>,
  actors: string[] = [],
): AllyReason {
  return { code, params, weight, actors };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function sortByName(network: AllyNetwork, nodes: readonly number[]): string[] {
  return [...nodes]
    .sort(
      (a, b) =>
        compareText(network.names[a]!, network.names[b]!) ||
        compareText(network.adjacency.ids[a]!, network.adjacency.ids[b]!),
    )
    .map((node) => network.adjacency.ids[node]!);
}

interface SharedPartners {
  partners: Map<number, number[]>;
  adamicAdar: Map<number, number>;
  maxCount: number;
  maxAdamicAdar: number;
}

/** Common neighbours and Adamic–Adar of the actor with every actor two steps away. */
function sharedPartners(network: AllyNetwork, ego: number, distance: Int32Array): SharedPartners {
  const partners = new Map<number, number[]>();
  const adamicAdar = new Map<number, number>();
  for (const partner of neighboursOf(network, ego)) {
    // A common neighbour is tied to both, so its degree is at least 2 and ln(degree) > 0.
    const share = 1 / Math.log(degreeOf(network, partner));
    for (const candidate of neighboursOf(network, partner)) {
      if (distance[candidate] !== 2) continue;
      const list = partners.get(candidate);
      if (list) list.push(partner);
      else partners.set(candidate, [partner]);
      adamicAdar.set(candidate, (adamicAdar.get(candidate) ?? 0) + share);
    }
  }
  let maxCount = 1;
  let maxAdamicAdar = Number.MIN_VALUE;
  for (const [candidate, list] of partners) {
    maxCount = Math.max(maxCount, list.length);
    maxAdamicAdar = Math.max(maxAdamicAdar, adamicAdar.get(candidate)!);
  }
  return { partners, adamicAdar, maxCount, maxAdamicAdar };
}

/** Potential ties at each candidate marked by others, and those between the actor and it. */
function potentialMarks(
  network: AllyNetwork,
  ego: number,
): { others: Map<number, number[]>; pair: Set<number> } {
  const others = new Map<number, number[]>();
  network.potential.forEach((ends, candidate) => {
    const markers = ends.filter((end) => end !== ego);
    if (markers.length > 0) others.set(candidate, markers);
  });
  return { others, pair: new Set(network.potential[ego]) };
}
