import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../shared/domain/view.ts';
import { shownDifference } from '../../../../shared/map/compare-map.ts';
import { datedMap } from '../../../../shared/map/dated-map.ts';
import { actor, tie, timeline } from '../temporal/timeline-fixture.ts';

/** a–b ends in 2019; b–c starts in 2019; c–d pauses in between and restarts; e arrives late. */
const data = timeline({
  actors: ['a', 'b', 'c', 'd', 'e'].map((id) => actor(id, id === 'e' ? 'donor' : 'cso')),
  ties: [
    tie('ab', 'a', 'b', ['2018-01-01', '2019-01-01']),
    tie('bc', 'b', 'c', ['2019-01-01', null]),
    tie('cd', 'c', 'd', ['2018-01-01', '2018-06-01'], ['2019-01-01', null]),
    tie('ce', 'c', 'e', ['2019-06-01', null]),
  ],
});
const options = { filters: NO_FILTERS, sizeBy: 'degree' as const, palette: 'project' as const };
const dates = { before: '2018-03-01', after: '2020-01-01' };
const names = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

function compare(filters = NO_FILTERS) {
  const before = datedMap(data, dates.before, { ...options, filters });
  const after = datedMap(data, dates.after, { ...options, filters });
  return shownDifference(data, dates, { before: before.visible, after: after.visible });
}

describe('before / after on the map', () => {
  it('lists new ties, ended ties and new actors; a restarted tie is neither', () => {
    const difference = compare();
    expect(names(difference.newTies)).toEqual(['bc', 'ce']);
    expect(names(difference.endedTies)).toEqual(['ab']);
    expect(names(difference.newActors)).toEqual(['e']);
  });

  it('lists only what the filtered maps show', () => {
    const difference = compare({ ...NO_FILTERS, sectors: ['cso'] });
    expect(names(difference.newTies)).toEqual(['bc']);
    expect(difference.newActors).toEqual([]);
  });
});

describe('the map at a date', () => {
  it('keeps every actor on the canvas and tells the absent ones apart', () => {
    const map = datedMap(data, dates.before, options);
    expect([...map.visible.actorIds].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...map.absent.actorIds]).toEqual(['e']);
    expect([...map.absent.tieIds].sort()).toEqual(['bc', 'ce']);
    expect(map.nodes).toHaveLength(5);
    expect(map.drawn.actorIds.size).toBe(5);
    expect(map.visible.counts).toMatchObject({ actors: 4, ties: 2, totalActors: 4 });
  });
});
