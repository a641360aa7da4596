import { describe, expect, it } from 'vitest';
import { evaluateSuggestions } from '../../../../shared/allies/evaluate-suggestions.ts';
import { generatePlantedNetwork } from '../../../../shared/allies/planted-network.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import { tinyNetwork } from './tiny-network.ts';

// At 2019-01-01: a–b and b–c. After: a–c (March) and d–e (June).
const snapshot = tinyNetwork(
  [
    ['a', 'cso'],
    ['b', 'cso'],
    ['c', 'cso'],
    ['d', 'cso'],
    ['e', 'cso'],
  ],
  [
    { source: 'a', target: 'b', start: '2018-01-01' },
    { source: 'b', target: 'c', start: '2018-01-01' },
    { source: 'a', target: 'c', start: '2019-03-01' },
    { source: 'd', target: 'e', start: '2019-06-01' },
  ],
);

const precisionOf = (
  evaluation: ReturnType<typeof evaluateSuggestions>,
  method: string,
): { k: number; egos: number; suggested: number; hits: number; precision: number }[] =>
  evaluation.methods.find((item) => item.method === method)!.atK;

describe('evaluateSuggestions', () => {
  it('counts the suggested pairs that formed a tie after the date, by hand', () => {
    const evaluation = evaluateSuggestions(snapshot, {
      at: '2019-01-01',
      actors: ['a'],
      ks: [1, 2],
    });
    expect(evaluation.candidatePairs).toBe(3);
    expect(evaluation.formedPairs).toBe(1);
    // a is suggested c only (shared partner b): a hit at k = 1 and, with one suggestion, at 2.
    expect(precisionOf(evaluation, 'suggestAllies')).toEqual([
      { k: 1, egos: 1, suggested: 1, hits: 1, precision: 1 },
      { k: 2, egos: 1, suggested: 1, hits: 1, precision: 1 },
    ]);
    expect(precisionOf(evaluation, 'commonNeighbours')).toEqual(
      precisionOf(evaluation, 'suggestAllies'),
    );
    // Random among c, d, e: one of three formed.
    const random = precisionOf(evaluation, 'random');
    expect(random.map((item) => item.suggested)).toEqual([1, 2]);
    expect(random[0]!.hits).toBeCloseTo(1 / 3, 12);
    expect(random[1]!.hits).toBeCloseTo(2 / 3, 12);
    expect(random[1]!.precision).toBeCloseTo(1 / 3, 12);
  });

  it('pools every actor, both ends of each new tie counting', () => {
    const evaluation = evaluateSuggestions(snapshot, { at: '2019-01-01' });
    expect(evaluation.actors).toBe(5);
    expect(evaluation.actorsWithNewTies).toBe(4);
    expect(evaluation.candidatePairs).toBe(5 * 4 - 4);
    expect(evaluation.formedPairs).toBe(4);
  });

  it('ignores ties that start after the horizon', () => {
    const evaluation = evaluateSuggestions(snapshot, {
      at: '2019-01-01',
      until: '2019-02-01',
      actors: ['a'],
    });
    expect(evaluation.formedPairs).toBe(0);
    expect(precisionOf(evaluation, 'suggestAllies')[0]!.hits).toBe(0);
  });

  it('finds with shared partners the ties planted by triadic closure, well above chance', () => {
    const planted = generatePlantedNetwork({
      random: createRandom(11),
      communities: 6,
      communitySize: 12,
      days: 120,
      tiesPerDay: 2,
    });
    const evaluation = evaluateSuggestions(planted, { at: '2018-03-02' });
    const random = precisionOf(evaluation, 'random')[0]!.precision;
    expect(precisionOf(evaluation, 'commonNeighbours')[0]!.precision).toBeGreaterThan(3 * random);
    expect(precisionOf(evaluation, 'suggestAllies')[0]!.precision).toBeGreaterThan(3 * random);
  });

  it('gives the same planted network for the same seed', () => {
    const make = (): ReturnType<typeof generatePlantedNetwork> =>
      generatePlantedNetwork({
        random: createRandom(3),
        communities: 2,
        communitySize: 6,
        days: 10,
      });
    expect(make()).toEqual(make());
  });
});
