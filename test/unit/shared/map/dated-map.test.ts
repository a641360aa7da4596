import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../shared/domain/view.ts';
import { shownAtDate } from '../../../../shared/map/dated-map.ts';
import { filterMap } from '../../../../shared/map/filter-map.ts';
import { measureMap } from '../../../../shared/map/map-measures.ts';
import { mapSnapshotAt } from '../../../../shared/map/map-timeline.ts';
import { readSampleTimeline } from '../temporal/sample-timeline.ts';
import { tie } from './fixtures.ts';

const data = readSampleTimeline();
const dates = [null, ...data.waves.map((wave) => wave.date)];

function networkAt(date: string | null, timeline = data) {
  const snapshot = mapSnapshotAt(timeline, date);
  return { date, snapshot, measures: measureMap(snapshot.actors, snapshot.ties) };
}

function filtered(network: ReturnType<typeof networkAt>, filters = NO_FILTERS) {
  const { snapshot, date, measures } = network;
  return filterMap({ ...snapshot, members: data.members, date, measures }, filters);
}

describe('what the map shows at a date', () => {
  it('shows what filterMap shows when no filter is set, at every wave', () => {
    for (const date of dates) {
      const network = networkAt(date);
      expect(shownAtDate(data, network, NO_FILTERS).visible).toEqual(filtered(network));
    }
  });

  it('filters as filterMap does when a filter is set', () => {
    const network = networkAt(dates[1]!);
    const filters = { ...NO_FILTERS, sectors: ['cso'] };
    const shown = shownAtDate(data, network, filters).visible;
    expect(shown).toEqual(filtered(network, filters));
    expect(shown.counts.actors).toBeLessThan(network.snapshot.actors.length);
  });

  it('drops a tie whose end is not in the network, as filterMap does', () => {
    const dangling = { ...data, ties: [...data.ties, tie('lost', data.actors[0]!.id, 'nobody')] };
    const network = networkAt(null, dangling);
    const shown = shownAtDate(dangling, network, NO_FILTERS).visible;
    expect(shown.tieIds.has('lost')).toBe(false);
    expect(shown).toEqual(filtered(network));
  });

  it('keeps every actor and tie of the project on the canvas, the absent ones marked', () => {
    const network = networkAt(dates[1]!);
    const { drawn, absent } = shownAtDate(data, network, NO_FILTERS);
    expect(drawn.actorIds.size).toBe(data.actors.length);
    expect(absent.actorIds.size).toBe(data.actors.length - network.snapshot.actors.length);
  });
});
