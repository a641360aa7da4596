import { describe, expect, it } from 'vitest';
import { evaluateSuggestions } from '../../../../shared/allies/evaluate-suggestions.ts';
import { suggestAllies } from '../../../../shared/allies/suggest-allies.ts';
import { readSampleSnapshot } from './sample-snapshot.ts';

const snapshot = readSampleSnapshot();

describe('ally suggestions on the sample project', () => {
  it('suggest to a CSO of community 1 a government body or donor it has no tie to, in 2019', () => {
    // a006, a CSO of learning community 1, reaches no government body or donor on 2019-01-01.
    expect(snapshot.actors.find((actor) => actor.id === 'a006')!.sector).toBe('cso');
    const suggestions = suggestAllies(snapshot, 'a006', { at: '2019-01-01' });
    const gaps = suggestions.filter((item) =>
      item.reasons.some(
        (reason) =>
          reason.code === 'sectorGap' &&
          (reason.params.sector === 'government' || reason.params.sector === 'donor'),
      ),
    );
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.map((item) => item.sector)).not.toContain('cso');
  });

  it('find more of the ties formed after 2019-01-01 than random choice does', () => {
    const evaluation = evaluateSuggestions(snapshot, { at: '2019-01-01' });
    const atFive = (method: string): number =>
      evaluation.methods.find((item) => item.method === method)!.atK[0]!.precision;
    expect(atFive('suggestAllies')).toBeGreaterThan(atFive('random'));
    expect(atFive('commonNeighbours')).toBeGreaterThan(atFive('random'));
  });
});
