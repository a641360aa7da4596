import { describe, expect, it } from 'vitest';
import { Actor } from '../../../../shared/domain/actor.ts';
import { Spells } from '../../../../shared/domain/spell.ts';
import { checkedActor } from '../../../../shared/import/check-actor.ts';
import { Tie } from '../../../../shared/domain/tie.ts';
import { checkedSpells, checkedTie, type TieInput } from '../../../../shared/import/check-tie.ts';

const valid: TieInput = {
  id: 't1',
  source: 'a',
  target: 'b',
  type: 'collaboration',
  weight: 2,
  status: 'existing',
  spells: [{ start: '2019-01-15', end: null }],
  evidence: 'survey',
  note: '',
  attributes: { ciudad: 'Hermosillo', año: 2019, activo: true, nada: null },
};

/** What the schema says about `input`: its value, or the message it fails with. */
function bySchema(input: TieInput): unknown {
  try {
    return JSON.stringify(Tie.parse(input));
  } catch (error) {
    return String(error);
  }
}

function byCheck(input: TieInput): unknown {
  try {
    return JSON.stringify(checkedTie(input));
  } catch (error) {
    return String(error);
  }
}

const cases: [string, Partial<TieInput>][] = [
  ['a valid tie', {}],
  [
    'unsorted spells',
    {
      spells: [
        { start: '2020-01-01', end: null },
        { start: null, end: '2019-01-01' },
      ],
    },
  ],
  ['no spells', { spells: [] }],
  ['an id with spaces around it', { id: ' t1 ' }],
  ['an empty id', { id: '' }],
  ['an id of 201 characters', { id: 'x'.repeat(201) }],
  ['a source of spaces', { source: '   ' }],
  ['a type key with capitals', { type: 'Collaboration' }],
  ['a type key of 41 characters', { type: `a${'b'.repeat(40)}` }],
  ['a weight that is not a number', { weight: Number.NaN }],
  ['an infinite weight', { weight: Number.POSITIVE_INFINITY }],
  ['a negative weight', { weight: -3 }],
  ['an unknown status', { status: 'maybe' }],
  ['an unknown evidence', { evidence: 'rumour' }],
  ['no evidence', { evidence: null }],
  ['a note of 20,001 characters', { note: 'n'.repeat(20_001) }],
  ['an impossible date', { spells: [{ start: '2019-02-30', end: null }] }],
  ['an end before its start', { spells: [{ start: '2020-01-01', end: '2019-01-01' }] }],
  ['an end on its start', { spells: [{ start: '2020-01-01', end: '2020-01-01' }] }],
  [
    'overlapping spells',
    {
      spells: [
        { start: '2019-01-01', end: '2020-01-01' },
        { start: '2019-06-01', end: null },
      ],
    },
  ],
  [
    'touching spells',
    {
      spells: [
        { start: '2019-01-01', end: '2020-01-01' },
        { start: '2020-01-01', end: null },
      ],
    },
  ],
  [
    '501 spells',
    {
      spells: Array.from({ length: 501 }, (_, index) => ({
        start: `${1500 + index}-01-01`,
        end: `${1500 + index}-06-01`,
      })),
    },
  ],
  ['an attribute with an empty name', { attributes: { '': 'x' } }],
  ['an attribute name of 201 characters', { attributes: { ['k'.repeat(201)]: 'x' } }],
  ['an infinite attribute value', { attributes: { n: Number.POSITIVE_INFINITY } }],
  ['an attribute text of 20,001 characters', { attributes: { n: 't'.repeat(20_001) } }],
];

describe('checkedTie', () => {
  it.each(cases)('gives what Tie.parse gives for %s', (_name, change) => {
    const input = { ...valid, ...change } as TieInput;
    expect(byCheck(input)).toEqual(bySchema(input));
  });

  it('returns a tie whose fields are in the schema order, so JSON comparisons hold', () => {
    expect(Object.keys(checkedTie(valid))).toEqual(Object.keys(Tie.parse(valid)));
  });
});

describe('checkedSpells', () => {
  it('sorts valid spells as the schema does', () => {
    const spells = [
      { start: '2020-01-01', end: null },
      { start: null, end: '2019-01-01' },
    ];
    expect(checkedSpells(spells)).toEqual(Spells.safeParse(spells));
  });

  it('fails with the schema message for overlapping spells', () => {
    const result = checkedSpells([
      { start: '2019-01-01', end: null },
      { start: '2019-06-01', end: null },
    ]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toMatch(/overlap/);
  });
});

describe('checkedActor', () => {
  type ActorInput = Parameters<typeof checkedActor>[0];
  const actor: ActorInput = {
    id: 'a1',
    name: 'Red Mujeres A.C.',
    sector: 'cso',
    kind: 'organisation',
    region: 'Sonora',
    attributes: { ciudad: 'Hermosillo', año: 2019 },
    notes: '',
  };
  const bySchemaActor = (input: ActorInput) => {
    const result = Actor.safeParse(input);
    return result.success ? JSON.stringify(result.data) : result.error.issues[0]?.message;
  };
  const byCheckActor = (input: ActorInput) => {
    const result = checkedActor(input);
    return result.success ? JSON.stringify(result.data) : result.error.issues[0]?.message;
  };
  const actorCases: [string, Partial<ActorInput>][] = [
    ['a valid actor', {}],
    ['a name with spaces around it', { name: '  Red  ' }],
    ['a blank name', { name: '   ' }],
    ['a name of 301 characters', { name: 'x'.repeat(301) }],
    ['no sector', { sector: null }],
    ['a sector that is not a key', { sector: 'Sociedad civil' }],
    ['an unknown kind', { kind: 'group' }],
    ['a region with spaces', { region: ' Sonora ' }],
    ['no region', { region: null }],
    ['an empty attribute name', { attributes: { '': 1 } }],
    ['an infinite attribute', { attributes: { n: Number.POSITIVE_INFINITY } }],
    ['an id with spaces', { id: ' a1 ' }],
    ['notes too long', { notes: 'x'.repeat(20_001) }],
  ];
  it.each(actorCases)('agrees with Actor.safeParse on %s', (_, change) => {
    const input: ActorInput = { ...actor, ...change };
    expect(byCheckActor(input)).toEqual(bySchemaActor(input));
  });
});
