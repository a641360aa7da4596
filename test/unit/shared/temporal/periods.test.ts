import { describe, expect, it } from 'vitest';
import { Wave } from '../../../../shared/domain/wave.ts';
import { addDays, addMonths } from '../../../../shared/temporal/calendar.ts';
import {
  periodsByEvent,
  periodsByMonth,
  periodsByWave,
  periodsByYear,
  periodsFromDates,
} from '../../../../shared/temporal/periods.ts';
import { event } from './timeline-fixture.ts';

describe('periods', () => {
  it('cuts calendar years as half-open periods', () => {
    expect(periodsByYear('2018-05-02', '2019-12-31')).toEqual([
      { label: '2018', start: '2018-01-01', end: '2019-01-01' },
      { label: '2019', start: '2019-01-01', end: '2020-01-01' },
    ]);
  });

  it('sorts custom dates, drops repeats and leaves the last period open', () => {
    expect(periodsFromDates(['2020-01-01', '2018-01-01', '2020-01-01'])).toEqual([
      { label: '2018-01-01', start: '2018-01-01', end: '2020-01-01' },
      { label: '2020-01-01', start: '2020-01-01', end: null },
    ]);
  });

  it('runs each wave until the next one', () => {
    const waves = [
      Wave.parse({ id: 'w2', name: 'Ola 2', date: '2019-01-15', description: '' }),
      Wave.parse({ id: 'w1', name: 'Ola 1', date: '2018-01-15', description: '' }),
    ];
    expect(periodsByWave(waves, '2020-01-01')).toEqual([
      { label: 'Ola 1', start: '2018-01-15', end: '2019-01-15' },
      { label: 'Ola 2', start: '2019-01-15', end: '2020-01-01' },
    ]);
  });

  it('gives the time between events, events of one day sharing a period', () => {
    const events = [
      event('e2', '2019-03-01'),
      event('e1', '2018-09-19'),
      event('e3', '2019-03-01'),
    ];
    expect(periodsByEvent(events)).toEqual([
      { label: 'e1', start: '2018-09-19', end: '2019-03-01' },
      { label: 'e2', start: '2019-03-01', end: null },
    ]);
  });

  it('rolls months over the year', () => {
    expect(periodsByMonth('2019-11-20', 3).map((p) => [p.start, p.end])).toEqual([
      ['2019-11-01', '2019-12-01'],
      ['2019-12-01', '2020-01-01'],
      ['2020-01-01', '2020-02-01'],
    ]);
  });

  it('adds months like EDATE and days across a leap day', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2019-11-15', 3)).toBe('2020-02-15');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });
});
