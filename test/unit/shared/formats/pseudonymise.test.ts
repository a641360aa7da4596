import { describe, expect, it } from 'vitest';
import { emptyNetwork } from '../../../../shared/formats/parsed-network.ts';
import type { ParsedActor, ParsedNetwork } from '../../../../shared/formats/parsed-network.ts';
import { pseudonymise } from '../../../../shared/formats/pseudonymise.ts';

function actor(id: string, name: string, kind: ParsedActor['kind']): ParsedActor {
  return {
    id,
    name,
    sector: 'cso',
    kind,
    region: 'Sonora',
    attributes: { founded: 1998, motto: 'Justicia', active: true },
    notes: 'Documents abuses',
    origin: { file: 'x' },
  };
}

function network(): ParsedNetwork {
  return {
    ...emptyNetwork('csv'),
    actors: [
      actor('b', 'Red Mujeres', 'organisation'),
      actor('c', 'Ana López', 'person'),
      actor('a', 'Casa Refugio', null),
    ],
    ties: [
      {
        id: 'Ana-Red',
        source: 'c',
        target: 'b',
        endsBy: 'id',
        type: 'collaboration',
        directed: false,
        weight: 2,
        status: 'existing',
        spells: [{ start: '2019-01-01', end: null }],
        evidence: 'survey',
        note: 'met in Hermosillo',
        relation: null,
        attributes: { strength: 3, comment: 'secret' },
        origin: { file: 'x' },
      },
    ],
  };
}

describe('pseudonymise', () => {
  it('gives stable codes in order of id, ORG for organisations and PER for people', () => {
    const result = pseudonymise(network());
    expect(result.actors.map((found) => [found.id, found.name])).toEqual([
      ['ORG-002', 'ORG-002'],
      ['PER-001', 'PER-001'],
      ['ORG-001', 'ORG-001'],
    ]);
    expect(result.ties[0]).toMatchObject({ source: 'PER-001', target: 'ORG-002', id: null });
  });

  it('drops notes and free-text attributes and keeps sectors, numbers and dates', () => {
    const result = pseudonymise(network());
    expect(result.actors[0]).toEqual({
      id: 'ORG-002',
      name: 'ORG-002',
      sector: 'cso',
      kind: 'organisation',
      region: 'Sonora',
      attributes: { founded: 1998, active: true },
      origin: { file: 'x' },
    });
    expect(result.ties[0]).toMatchObject({
      note: '',
      attributes: { strength: 3 },
      spells: [{ start: '2019-01-01', end: null }],
    });
  });

  it('gives the same output for the same input', () => {
    expect(pseudonymise(network())).toEqual(pseudonymise(network()));
  });
});
