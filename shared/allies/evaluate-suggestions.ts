import type { NetworkSnapshot } from '../api/network.ts';
import { MeasureError } from '../metrics/measure-error.ts';
import { buildAllyNetwork, distancesFrom, type AllyNetwork } from './ally-network.ts';
import { suggestAlliesIn, type SuggestAlliesOptions } from './suggest-allies.ts';

export type SuggestionMethod = 'suggestAllies' | 'commonNeighbours' | 'random';

/** Precision at k of one method, with the counts behind it. */
export interface PrecisionAtK {
  k: number;
  /** Actors for whom the method suggested at least one candidate. */
  egos: number;
  /** Suggested pairs (at most k per actor); for random, the pairs it would draw. */
  suggested: number;
  /** Suggested pairs that formed a tie after the date; for random, the expected number. */
  hits: number;
  /** hits / suggested; 0 when nothing was suggested. */
  precision: number;
}

export interface MethodEvaluation {
  method: SuggestionMethod;
  atK: PrecisionAtK[];
}

export interface SuggestionEvaluation {
  at: string;
  until: string | null;
  /** Actors evaluated (all actors of the snapshot unless chosen). */
  actors: number;
  /** Of them, actors with at least one new tie after the date. */
  actorsWithNewTies: number;
  /** Ordered (actor, candidate) pairs not tied at the date, and those that formed a tie. */
  candidatePairs: number;
  formedPairs: number;
  methods: MethodEvaluation[];
}

export interface EvaluateSuggestionsOptions {
  /** The date t: suggestions read the ties active on it. */
  at: string;
  /** Only ties starting before this day count as formed (a horizon); none by default. */
  until?: string | null;
  /** The actors to suggest for; every actor of the snapshot by default. */
  actors?: readonly string[];
  /** The cut-offs k; [5, 10] by default. */
  ks?: readonly number[];
  /** Options for suggestAllies (its `at` and `limit` are set here). */
  suggest?: Omit<SuggestAlliesOptions, 'at' | 'limit'>;
}

/**
 * Checks ally suggestions against what happened: suggest for each actor from the network at
 * date t, then count how many suggested pairs formed an existing tie after t, that is, a
 * tie between the two with a spell starting on a day d, t < d (< `until` when given), while
 * they were not tied at t. Precision@k = formed pairs among the top k / pairs suggested,
 * pooled over actors (micro-average), so an actor with fewer than k suggestions counts only
 * what it got. Three methods on the same candidates (actors not tied at t):
 * - suggestAllies with the given options;
 * - common neighbours alone (suggestAllies with every weight 0 but commonNeighbours = 1):
 *   only candidates sharing a partner, most shared partners first;
 * - random: k candidates drawn uniformly from the actor's candidates; exact expectation
 *   min(k, C) · F / C for C candidates of which F formed, so no random draws are needed.
 * Ref: Liben-Nowell & Kleinberg 2007, JASIST 58:1019–1031 (link prediction evaluated on
 * the network before a date against the ties that appear after it).
 * Throws MeasureError "measure.unknownActor" for a chosen actor missing from the snapshot.
 */
export function evaluateSuggestions(
  snapshot: NetworkSnapshot,
  options: EvaluateSuggestionsOptions,
): SuggestionEvaluation {
  const until = options.until ?? null;
  const ks = options.ks ?? [5, 10];
  const network = buildAllyNetwork(snapshot, options.at);
  const formed = formedPairs(snapshot, network, options.at, until);
  const actorIds = options.actors ?? network.adjacency.ids;
  const limit = Math.max(...ks);
  const tallies = {
    suggestAllies: ks.map(() => ({ egos: 0, suggested: 0, hits: 0 })),
    commonNeighbours: ks.map(() => ({ egos: 0, suggested: 0, hits: 0 })),
    random: ks.map(() => ({ egos: 0, suggested: 0, hits: 0 })),
  };
  const commonNeighboursOnly: SuggestAlliesOptions['weights'] = {
    commonNeighbours: 1,
    adamicAdar: 0,
    sectorGap: 0,
    otherComponent: 0,
    farAway: 0,
    potentialByOthers: 0,
    potentialPair: 0,
    influentialSupporter: 0,
  };
  let actorsWithNewTies = 0;
  let candidatePairs = 0;
  let formedCount = 0;
  for (const actorId of actorIds) {
    const ego = network.indexOf.get(actorId);
    if (ego === undefined) throw new MeasureError('measure.unknownActor', { actor: actorId });
    const formedWith = formed.get(ego) ?? new Set<string>();
    const candidates = candidateCount(network, ego);
    candidatePairs += candidates;
    formedCount += formedWith.size;
    if (formedWith.size > 0) actorsWithNewTies += 1;
    const ranked = suggestAlliesIn(network, actorId, { ...options.suggest, limit });
    const byCommon = suggestAlliesIn(network, actorId, {
      ...options.suggest,
      weights: commonNeighboursOnly,
      limit,
    });
    ks.forEach((k, index) => {
      tally(tallies.suggestAllies[index]!, ranked.slice(0, k), formedWith);
      tally(tallies.commonNeighbours[index]!, byCommon.slice(0, k), formedWith);
      const drawn = Math.min(k, candidates);
      const random = tallies.random[index]!;
      if (drawn === 0) return;
      random.egos += 1;
      random.suggested += drawn;
      random.hits += (drawn * formedWith.size) / candidates;
    });
  }
  const methods: MethodEvaluation[] = (
    ['suggestAllies', 'commonNeighbours', 'random'] as const
  ).map((method) => ({
    method,
    atK: ks.map((k, index) => {
      const { egos, suggested, hits } = tallies[method][index]!;
      return { k, egos, suggested, hits, precision: suggested === 0 ? 0 : hits / suggested };
    }),
  }));
  return {
    at: options.at,
    until,
    actors: actorIds.length,
    actorsWithNewTies,
    candidatePairs,
    formedPairs: formedCount,
    methods,
  };
}

function tally(
  counts: { egos: number; suggested: number; hits: number },
  suggestions: readonly { actorId: string }[],
  formedWith: ReadonlySet<string>,
): void {
  if (suggestions.length === 0) return;
  counts.egos += 1;
  counts.suggested += suggestions.length;
  counts.hits += suggestions.filter((item) => formedWith.has(item.actorId)).length;
}

/** Actors other than the actor and not tied to it at the date. */
function candidateCount(network: AllyNetwork, ego: number): number {
  const distance = distancesFrom(network, ego);
  let neighbours = 0;
  for (const value of distance) if (value === 1) neighbours += 1;
  return network.adjacency.order - 1 - neighbours;
}

/** For each actor number, the ids of actors it formed an existing tie with after `at`. */
function formedPairs(
  snapshot: NetworkSnapshot,
  network: AllyNetwork,
  at: string,
  until: string | null,
): Map<number, Set<string>> {
  const formed = new Map<number, Set<string>>();
  const tiedAt = (a: number, b: number): boolean => {
    const { outOffsets, outTargets } = network.adjacency;
    for (let arc = outOffsets[a]!; arc < outOffsets[a + 1]!; arc += 1) {
      if (outTargets[arc] === b) return true;
    }
    return false;
  };
  const add = (from: number, to: string): void => {
    const set = formed.get(from) ?? new Set<string>();
    set.add(to);
    formed.set(from, set);
  };
  for (const tie of snapshot.ties) {
    if (tie.status !== 'existing') continue;
    const source = network.indexOf.get(tie.source);
    const target = network.indexOf.get(tie.target);
    if (source === undefined || target === undefined || source === target) continue;
    const startsAfter = tie.spells.some(
      (spell) =>
        spell.start !== null && spell.start > at && (until === null || spell.start < until),
    );
    if (!startsAfter || tiedAt(source, target)) continue;
    add(source, tie.target);
    add(target, tie.source);
  }
  return formed;
}
