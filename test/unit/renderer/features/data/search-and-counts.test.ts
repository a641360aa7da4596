import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../../../renderer/features/data/search-text.ts';
import { countTiesByActor } from '../../../../../renderer/features/data/tie-counts.ts';
import { Tie } from '../../../../../shared/domain/tie.ts';

const tie = (id: string, source: string, target: string) =>
  Tie.parse({
    id,
    source,
    target,
    type: 'collaboration',
    weight: 1,
    status: 'existing',
    spells: [],
    evidence: null,
    note: '',
    attributes: {},
  });

describe('search keys', () => {
  it('ignore accents and case', () => {
    expect(searchKey('Asociación Ciudadana de MÉXICO')).toContain('asociacion ciudadana de mexico');
  });
});

describe('ties per actor', () => {
  it('count both ends, and a self-loop once', () => {
    const counts = countTiesByActor([tie('1', 'a', 'b'), tie('2', 'b', 'c'), tie('3', 'c', 'c')]);
    expect(Object.fromEntries(counts)).toEqual({ a: 1, b: 2, c: 2 });
  });
});
