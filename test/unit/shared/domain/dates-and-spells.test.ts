import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../../shared/domain/dates.ts';
import { Spells } from '../../../../shared/domain/spell.ts';
import { TieDraft } from '../../../../shared/domain/tie.ts';

describe('isIsoDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isIsoDate('2019-06-30')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible days and other spellings', () => {
    for (const text of [
      '2019-02-29',
      '1900-02-29',
      '2019-13-01',
      '2019-04-31',
      '2019-6-3',
      '30/06/2019',
      '',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});

describe('Spells', () => {
  it('sorts spells by start, open starts first', () => {
    const spells = Spells.parse([
      { start: '2020-01-01', end: null },
      { start: null, end: '2018-01-01' },
      { start: '2018-06-01', end: '2019-01-01' },
    ]);
    expect(spells.map((spell) => spell.start)).toEqual([null, '2018-06-01', '2020-01-01']);
  });

  it('rejects a spell whose end is not after its start', () => {
    expect(Spells.safeParse([{ start: '2019-05-01', end: '2019-05-01' }]).success).toBe(false);
    expect(Spells.safeParse([{ start: '2019-05-01', end: '2019-04-01' }]).success).toBe(false);
  });

  it('allows touching spells but rejects overlapping ones', () => {
    const touching = [
      { start: '2018-01-01', end: '2019-01-01' },
      { start: '2019-01-01', end: null },
    ];
    expect(Spells.safeParse(touching).success).toBe(true);
    const overlapping = [
      { start: '2018-01-01', end: '2019-02-01' },
      { start: '2019-01-01', end: null },
    ];
    expect(Spells.safeParse(overlapping).success).toBe(false);
  });
});

describe('TieDraft', () => {
  it('fills defaults so a form only needs the ends and the type', () => {
    const tie = TieDraft.parse({ source: 'a', target: 'b', type: 'collaboration' });
    expect(tie).toMatchObject({ weight: 1, status: 'existing', spells: [], evidence: null });
  });

  it('names the field of an impossible date', () => {
    const result = TieDraft.safeParse({
      source: 'a',
      target: 'b',
      type: 'collaboration',
      spells: [{ start: '2019-02-30', end: null }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['spells', 0, 'start']);
  });

  it('rejects weights that are not finite numbers', () => {
    for (const weight of [Number.NaN, Number.POSITIVE_INFINITY, '2']) {
      const result = TieDraft.safeParse({ source: 'a', target: 'b', type: 'x', weight });
      expect(result.success).toBe(false);
    }
  });
});
