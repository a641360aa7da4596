import { describe, expect, it } from 'vitest';
import {
  jaroWinkler,
  matchName,
  proposeDuplicates,
} from '../../../../../shared/formats/names/match-name.ts';
import { normaliseName } from '../../../../../shared/formats/names/normalise-name.ts';

describe('normaliseName', () => {
  it('ignores case, accents, extra spaces, punctuation and legal suffixes', () => {
    for (const name of [
      'Red Mujeres, A.C.',
      'red mujeres ac',
      '  RED   MUJERES ',
      'Red Mujeres S.C.',
    ]) {
      expect(normaliseName(name)).toBe('red mujeres');
    }
    expect(normaliseName('Fundación Ñ S.A. de C.V.')).toBe('fundacion n');
    expect(normaliseName('Casa Hogar I.A.P.')).toBe('casa hogar');
    expect(normaliseName('Amigos A.B.P.')).toBe('amigos');
  });
});

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('matchName', () => {
  const candidates = [
    { id: 'a2', name: 'Red Mujeres A.C.' },
    { id: 'a1', name: 'Gobierno de Sonora', aliases: ['Gob. Sonora'] },
    { id: 'a3', name: 'Casa Refugio' },
  ];

  it('finds a name equal after normalisation first, with score 1', () => {
    expect(matchName('RED MUJERES', candidates)).toEqual([
      { id: 'a2', score: 1, reason: 'sameName', matched: 'Red Mujeres A.C.' },
    ]);
  });

  it('finds an actor by an alias kept from a merge', () => {
    expect(matchName('gob sonora', candidates)[0]).toMatchObject({ id: 'a1', reason: 'sameAlias' });
  });

  it('proposes a misspelt name with its similarity', () => {
    const [match] = matchName('Red Mujres', candidates);
    expect(match).toMatchObject({ id: 'a2', reason: 'similar' });
    expect(match!.score).toBeGreaterThan(0.9);
  });

  it('proposes nothing for an unrelated name', () => {
    expect(matchName('Universidad de Sonora', candidates)).toEqual([]);
  });
});

describe('proposeDuplicates', () => {
  it('pairs likely duplicates, deterministically', () => {
    const actors = [
      { id: 'b', name: 'Red Mujeres, A.C.' },
      { id: 'a', name: 'Red Mujeres' },
      { id: 'c', name: 'Casa Refugio' },
      { id: 'd', name: 'Casa Refugo' },
    ];
    const proposals = proposeDuplicates(actors);
    expect(proposals.map((pair) => [pair.first, pair.second, pair.reason])).toEqual([
      ['a', 'b', 'sameName'],
      ['c', 'd', 'similar'],
    ]);
    expect(proposeDuplicates([...actors].reverse())).toEqual(proposals);
  });
});
