import type { MapMeasures } from '../../../shared/map/map-measures.ts';
import { measureOf } from '../../../shared/map/map-measures.ts';

export interface InfluenceRow {
  actorId: string;
  /** Perceived influence 0–5 from the room; null when not rated. */
  influence: number | null;
  /** 1 = most; equal values share a rank. Null when there is no value to rank. */
  perceivedRank: number | null;
  degreeRank: number | null;
  betweennessRank: number | null;
  /**
   * Where perception and structure disagree by more than a third of the ranked actors:
   * 'overrated' = seen as more influential than its ties show, 'underrated' = the reverse.
   */
  gap: 'overrated' | 'underrated' | null;
}

/** Standard competition ranking ("1224"), highest value first; missing values get no rank. */
export function rankOf(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const present = [...values].filter((entry): entry is [string, number] => entry[1] !== null);
  const ranks = new Map<string, number>();
  for (const [id, value] of present)
    ranks.set(id, 1 + present.filter(([, other]) => other > value).length);
  return ranks;
}

/**
 * Perceived influence (the room's 0–5 rating) beside structural centrality in the session's
 * network (degree and betweenness from shared/metrics, existing ties only), as ranks, so a
 * facilitator can ask why the room sees an actor as decisive when few ties reach it.
 * Rows come most influential first, unrated last, then by degree rank.
 */
export function compareInfluence(
  actorIds: readonly string[],
  influenceOf: (id: string) => number | null,
  measures: MapMeasures,
): InfluenceRow[] {
  const perceived = rankOf(new Map(actorIds.map((id) => [id, influenceOf(id)])));
  const degree = rankOf(new Map(actorIds.map((id) => [id, measureOf(measures, 'degree', id)])));
  const betweenness = rankOf(
    new Map(actorIds.map((id) => [id, measureOf(measures, 'betweenness', id)])),
  );
  const margin = perceived.size / 3;
  const rows = actorIds.map((actorId): InfluenceRow => {
    const perceivedRank = perceived.get(actorId) ?? null;
    const degreeRank = degree.get(actorId) ?? null;
    let gap: InfluenceRow['gap'] = null;
    if (perceivedRank !== null && degreeRank !== null && perceived.size >= 3) {
      if (degreeRank - perceivedRank > margin) gap = 'overrated';
      else if (perceivedRank - degreeRank > margin) gap = 'underrated';
    }
    return {
      actorId,
      influence: influenceOf(actorId),
      perceivedRank,
      degreeRank,
      betweennessRank: betweenness.get(actorId) ?? null,
      gap,
    };
  });
  const order = (rank: number | null) => rank ?? Number.POSITIVE_INFINITY;
  return rows.sort(
    (a, b) =>
      order(a.perceivedRank) - order(b.perceivedRank) ||
      order(a.degreeRank) - order(b.degreeRank) ||
      (a.actorId < b.actorId ? -1 : 1),
  );
}
