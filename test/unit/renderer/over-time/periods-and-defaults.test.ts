import { describe, expect, it } from 'vitest';
import { Wave } from '../../../../shared/domain/wave.ts';
import {
  INITIAL_PERIOD_CHOICE,
  parseDateList,
  periodsFor,
  type PeriodChoice,
} from '../../../../renderer/features/over-time/period-choice.ts';
import {
  defaultDates,
  likelyConvener,
} from '../../../../renderer/features/over-time/screen-defaults.ts';
import { timelineBounds } from '../../../../renderer/features/over-time/timeline-bounds.ts';
import { small } from '../../shared/temporal/small-timeline.ts';
import { attended, event, member, timeline } from '../../shared/temporal/timeline-fixture.ts';

const wave = (id: string, name: string, date: string) =>
  Wave.parse({ id, name, date, description: '' });

const choose = (patch: Partial<PeriodChoice>): PeriodChoice => ({
  ...INITIAL_PERIOD_CHOICE,
  ...patch,
});

describe('timelineBounds', () => {
  it('spans every dated record: spells, memberships, events and waves', () => {
    // small: spells from 2018-01-01 to 2019-01-01, e a member 2018-03-01 – 2018-09-01.
    expect(timelineBounds(small)).toEqual({
      first: '2018-01-01',
      last: '2019-01-01',
      end: '2019-01-02',
    });
    const later = {
      ...small,
      events: [event('e9', '2021-05-05')],
      waves: [wave('w0', 'W0', '2017-02-01')],
    };
    expect(timelineBounds(later)).toEqual({
      first: '2017-02-01',
      last: '2021-05-05',
      end: '2021-05-06',
    });
  });

  it('is null when nothing has a date', () => {
    expect(timelineBounds(timeline({}))).toBeNull();
  });
});

describe('parseDateList', () => {
  it('reads dates separated by commas, spaces or lines and names the first bad one', () => {
    expect(parseDateList(' 2019-01-01,2020-01-01\n2018-06-01 ')).toEqual({
      ok: true,
      dates: ['2019-01-01', '2020-01-01', '2018-06-01'],
    });
    expect(parseDateList('2019-01-01, 2019-02-30, soon')).toEqual({ ok: false, bad: '2019-02-30' });
    expect(parseDateList('  ')).toEqual({ ok: true, dates: [] });
  });
});

describe('periodsFor', () => {
  const data = {
    ...small,
    waves: [wave('w2', 'Wave 2', '2018-09-01'), wave('w1', 'Wave 1', '2018-02-01')],
    events: [event('e1', '2018-03-01'), event('e2', '2018-10-01')],
  };
  const bounds = timelineBounds(data);

  it('cuts calendar years from the first to the last year of the records', () => {
    const result = periodsFor(choose({ kind: 'year' }), data, bounds);
    expect(result).toEqual({
      ok: true,
      periods: [
        { label: '2018', start: '2018-01-01', end: '2019-01-01' },
        { label: '2019', start: '2019-01-01', end: '2020-01-01' },
      ],
    });
  });

  it('runs from wave to wave and from event to event, the last until the day after the records', () => {
    expect(periodsFor(choose({ kind: 'wave' }), data, bounds)).toEqual({
      ok: true,
      periods: [
        { label: 'Wave 1', start: '2018-02-01', end: '2018-09-01' },
        { label: 'Wave 2', start: '2018-09-01', end: '2019-01-02' },
      ],
    });
    expect(periodsFor(choose({ kind: 'event' }), data, bounds)).toEqual({
      ok: true,
      periods: [
        { label: 'e1', start: '2018-03-01', end: '2018-10-01' },
        { label: 'e2', start: '2018-10-01', end: '2019-01-02' },
      ],
    });
  });

  it('cuts only between the events chosen: two events give the time between them', () => {
    const three = { ...data, events: [...data.events, event('e3', '2018-12-01')] };
    const chosen = periodsFor(choose({ kind: 'event', eventIds: ['e3', 'e1'] }), three, bounds);
    expect(chosen).toEqual({
      ok: true,
      periods: [
        { label: 'e1', start: '2018-03-01', end: '2018-12-01' },
        { label: 'e3', start: '2018-12-01', end: '2019-01-02' },
      ],
    });
    expect(periodsFor(choose({ kind: 'event', eventIds: [] }), three, bounds)).toEqual({
      ok: false,
      problem: { code: 'noEventsChosen' },
    });
  });

  it('takes custom dates in order, leaving the last open when it starts after the records', () => {
    const result = periodsFor(
      choose({ kind: 'custom', customDates: '2018-06-01, 2018-01-01' }),
      data,
      bounds,
    );
    expect(result).toEqual({
      ok: true,
      periods: [
        { label: '2018-01-01', start: '2018-01-01', end: '2018-06-01' },
        { label: '2018-06-01', start: '2018-06-01', end: '2019-01-02' },
      ],
    });
    const late = periodsFor(choose({ kind: 'custom', customDates: '2030-01-01' }), data, bounds);
    expect(late).toEqual({
      ok: true,
      periods: [{ label: '2030-01-01', start: '2030-01-01', end: null }],
    });
  });

  it('says why a choice gives no periods', () => {
    const bare = timeline({});
    expect(periodsFor(choose({ kind: 'year' }), bare, null)).toEqual({
      ok: false,
      problem: { code: 'noDates' },
    });
    expect(periodsFor(choose({ kind: 'wave' }), small, timelineBounds(small))).toEqual({
      ok: false,
      problem: { code: 'noWaves' },
    });
    expect(periodsFor(choose({ kind: 'event' }), small, timelineBounds(small))).toEqual({
      ok: false,
      problem: { code: 'noEvents' },
    });
    expect(periodsFor(choose({ kind: 'custom' }), small, null)).toEqual({
      ok: false,
      problem: { code: 'noCustomDates' },
    });
    expect(periodsFor(choose({ kind: 'custom', customDates: '2018-1-1' }), small, null)).toEqual({
      ok: false,
      problem: { code: 'badDate', value: '2018-1-1' },
    });
  });
});

describe('defaultDates', () => {
  it('compares the first and the last survey wave', () => {
    const data = {
      ...small,
      waves: [
        wave('w3', 'C', '2020-07-01'),
        wave('w1', 'A', '2018-01-15'),
        wave('w2', 'B', '2019-01-15'),
      ],
    };
    expect(defaultDates(data, timelineBounds(data))).toEqual({
      before: '2018-01-15',
      after: '2020-07-01',
    });
  });

  it('falls back to the first and last day of the records, or to nothing', () => {
    expect(defaultDates(small, timelineBounds(small))).toEqual({
      before: '2018-01-01',
      after: '2019-01-01',
    });
    expect(defaultDates(timeline({}), null)).toBeNull();
  });
});

describe('likelyConvener', () => {
  it('picks the actor at the most events, the smaller id on a tie', () => {
    const data = timeline({
      events: [event('e1', '2018-01-01'), event('e2', '2018-02-01'), event('e3', '2018-03-01')],
      participation: [
        ...attended('e1', 'b', 'c'),
        ...attended('e2', 'c', 'b', 'a'),
        ...attended('e3', 'a', 'c'),
      ],
      members: [member('g1', 'a', null, null)],
    });
    expect(likelyConvener(data)).toBe('c');
    const even = timeline({
      events: [event('e1', '2018-01-01')],
      participation: attended('e1', 'z', 'm'),
    });
    expect(likelyConvener(even)).toBe('m');
    expect(likelyConvener(timeline({}))).toBeNull();
  });
});
