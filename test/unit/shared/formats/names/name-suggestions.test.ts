import { describe, expect, it } from 'vitest';
import {
  nameCandidates,
  resolveName,
  suggestNames,
  type NameCandidate,
} from '../../../../../shared/formats/names/name-suggestions.ts';

const actors: NameCandidate[] = [
  { id: 'a1', name: 'Red de Mujeres Sonorenses, A.C.', aliases: ['RMS'] },
  { id: 'a2', name: 'Gobierno de Sonora', aliases: ['Secretaría de Seguridad Pública'] },
  { id: 'a3', name: 'Fundación Tijuana Innovadora' },
  { id: 'a4', name: 'Observatorio Ciudadano' },
];

describe('suggestNames', () => {
  it('ignores accents and case', () => {
    expect(suggestNames('FUNDACION', actors).map((s) => s.id)).toEqual(['a3']);
    expect(suggestNames('fundación tijuana innovadora', actors)[0]).toMatchObject({
      id: 'a3',
      kind: 'same',
    });
  });

  it('matches any word start, then inside words', () => {
    expect(suggestNames('sonor', actors).map((s) => [s.id, s.kind])).toEqual([
      ['a2', 'prefix'],
      ['a1', 'prefix'],
    ]);
    expect(suggestNames('ciudad', actors).map((s) => [s.id, s.kind])).toEqual([['a4', 'prefix']]);
    expect(suggestNames('vador', actors).map((s) => [s.id, s.kind])).toEqual([['a3', 'contains']]);
  });

  it('finds actors through their aliases and says which alias matched', () => {
    expect(suggestNames('rms', actors)).toEqual([
      { id: 'a1', name: 'Red de Mujeres Sonorenses, A.C.', alias: 'RMS', kind: 'same' },
    ]);
    expect(suggestNames('secretaria de seg', actors)[0]).toMatchObject({
      id: 'a2',
      alias: 'Secretaría de Seguridad Pública',
      kind: 'prefix',
    });
  });

  it('offers an existing name for a typo once enough is typed', () => {
    expect(suggestNames('Observatoria Ciudadano', actors)[0]).toMatchObject({
      id: 'a4',
      kind: 'similar',
    });
    expect(suggestNames('xyz', actors)).toEqual([]);
    expect(suggestNames('   ', actors)).toEqual([]);
  });

  it('puts exact names before prefixes and caps the list', () => {
    const many = [
      { id: 'x2', name: 'Red Sur' },
      { id: 'x1', name: 'Red' },
      { id: 'x3', name: 'Red Norte' },
    ];
    expect(suggestNames('red', many, 2).map((s) => s.id)).toEqual(['x1', 'x3']);
  });
});

describe('resolveName', () => {
  it('finds the same actor despite legal suffix, punctuation, accents and case', () => {
    expect(resolveName('red de mujeres sonorenses', actors)).toBe('a1');
    expect(resolveName('RED DE MUJERES SONORENSES AC', actors)).toBe('a1');
    expect(resolveName('Fundacion Tijuana Innovadora', actors)).toBe('a3');
  });

  it('finds an actor by alias, and nothing for a new or partial name', () => {
    expect(resolveName('secretaria de seguridad publica', actors)).toBe('a2');
    expect(resolveName('Red de Mujeres', actors)).toBeNull();
    expect(resolveName('', actors)).toBeNull();
  });
});

describe('nameCandidates', () => {
  it('joins the aliases the backend lists onto their actors, so an alias finds the actor', () => {
    const candidates = nameCandidates(
      [
        { id: 'k', name: 'Red de Mujeres' },
        { id: 'o', name: 'Observatorio' },
      ],
      [
        { actorId: 'k', alias: 'RMS' },
        { actorId: 'k', alias: 'Mujeres en Red' },
        { actorId: 'gone', alias: 'Antiguo' },
      ],
    );
    expect(candidates).toEqual([
      { id: 'k', name: 'Red de Mujeres', aliases: ['RMS', 'Mujeres en Red'] },
      { id: 'o', name: 'Observatorio', aliases: [] },
    ]);
    expect(suggestNames('rms', candidates)[0]).toMatchObject({ id: 'k', alias: 'RMS' });
    expect(suggestNames('antiguo', candidates)).toEqual([]);
  });
});
