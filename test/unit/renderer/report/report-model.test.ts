import { describe, expect, it } from 'vitest';
import type { MeasureChange } from '../../../../shared/temporal/before-after.ts';
import {
  eventsBetween,
  measureTableExport,
  reportMeasureRows,
  sourceCounts,
  topSectorPairs,
} from '../../../../renderer/features/report/report-model.ts';
import { actor, attended, event, tie, timeline } from '../../shared/temporal/timeline-fixture.ts';

const change = (measure: string, before: number | null, after: number | null): MeasureChange => ({
  measure,
  before,
  after,
  change: before === null || after === null ? null : after - before,
  relativeChange: null,
  direction: before === null || after === null ? null : after > before ? 'up' : 'down',
});

describe('sourceCounts', () => {
  it('counts actors, ties, waves, events and ties by evidence, unrecorded evidence apart', () => {
    const data = timeline({
      actors: [actor('a', 'cso'), actor('b', 'government'), actor('c', null)],
      ties: [
        tie('t1', 'a', 'b', [null, null]),
        { ...tie('t2', 'b', 'c', [null, null]), evidence: 'workshop' },
        { ...tie('t3', 'a', 'c', [null, null]), evidence: null },
      ],
      events: [event('e1', '2019-01-01')],
    });
    expect(sourceCounts(data)).toEqual({
      actors: 3,
      ties: 3,
      waves: 0,
      events: 1,
      evidence: { survey: 1, workshop: 1, event: 0, document: 0, other: 0, none: 1 },
    });
  });
});

describe('reportMeasureRows', () => {
  it('keeps the report’s measures in the report’s order and drops the others', () => {
    const rows = [
      change('actors', 3, 4),
      change('ei_index', -0.5, -0.2),
      change('density', 0.2, 0.3),
      change('average_degree', 1, 2),
    ];
    expect(reportMeasureRows(rows).map((row) => row.measure)).toEqual([
      'density',
      'average_degree',
      'ei_index',
    ]);
  });
});

describe('topSectorPairs', () => {
  it('gives the largest counts first, equal counts by key, cut at the limit', () => {
    const pairs = topSectorPairs({ 'cso|government': 2, 'cso|cso': 5, 'academia|cso': 2 }, 2);
    expect(pairs).toEqual([
      { sectors: ['cso', 'cso'], count: 5 },
      { sectors: ['academia', 'cso'], count: 2 },
    ]);
  });

  it('is empty when there were no alliances', () => {
    expect(topSectorPairs({}, 3)).toEqual([]);
  });
});

describe('eventsBetween', () => {
  it('keeps the events starting on or between the two days and only their attendance', () => {
    const data = timeline({
      events: [
        event('early', '2017-12-31'),
        event('first', '2018-01-01'),
        event('last', '2019-01-01'),
        event('late', '2019-01-02'),
      ],
      participation: [
        ...attended('early', 'a', 'b'),
        ...attended('first', 'a'),
        ...attended('last', 'b'),
        ...attended('late', 'c'),
      ],
    });
    const kept = eventsBetween(data, '2018-01-01', '2019-01-01');
    expect(kept.events.map((item) => item.id)).toEqual(['first', 'last']);
    expect(kept.participation.map((row) => `${row.eventId}:${row.actorId}`)).toEqual([
      'first:a',
      'last:b',
    ]);
    expect(kept.ties).toBe(data.ties);
  });
});

describe('measureTableExport', () => {
  it('writes raw numbers under the given titles, with the direction named', () => {
    const table = measureTableExport(
      [change('density', 0.2, 0.3), change('average_path_length', null, 2)],
      {
        measure: 'Measure',
        before: 'Before',
        after: 'After',
        change: 'Change',
        direction: 'Direction',
        name: (measure) => measure.toUpperCase(),
        directionName: (direction) => direction ?? 'n/a',
      },
    );
    expect(table.columns).toEqual(['Measure', 'Before', 'After', 'Change', 'Direction']);
    expect(table.rows).toEqual([
      ['DENSITY', 0.2, 0.3, 0.3 - 0.2, 'up'],
      ['AVERAGE_PATH_LENGTH', null, 2, null, 'n/a'],
    ]);
  });
});
