import { describe, expect, it } from 'vitest';
import { Actor } from '../../../../shared/domain/actor.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import { Tie } from '../../../../shared/domain/tie.ts';
import {
  emptyNetwork,
  type ParsedNetwork,
  type ParsedTie,
} from '../../../../shared/formats/parsed-network.ts';
import { planCounts, type ImportPlan } from '../../../../shared/import/import-plan.ts';
import { planImport } from '../../../../shared/import/plan-import.ts';
import type { ImportOptions, ProjectSnapshot } from '../../../../shared/import/project-snapshot.ts';

const nameKey = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
  let next = 0;
  return {
    skipBadRows: false,
    wave: null,
    relation: null,
    nameKey,
    newId: () => `new-${++next}`,
    ...overrides,
  };
}

function emptyProject(): ProjectSnapshot {
  return {
    actors: [],
    aliases: [],
    sectors: DEFAULT_SECTORS,
    tieTypes: DEFAULT_TIE_TYPES,
    ties: [],
    eventIds: new Set(),
  };
}

/** The project as it would be after writing `plan` into `project`. */
function applied(project: ProjectSnapshot, plan: ImportPlan): ProjectSnapshot {
  const updatedTies = new Map(plan.tiesToUpdate.map((u) => [u.after.id, u.after]));
  const updatedActors = new Map(plan.actorsToUpdate.map((u) => [u.after.id, u.after]));
  return {
    ...project,
    sectors: [...project.sectors, ...plan.sectorsToCreate],
    tieTypes: [...project.tieTypes, ...plan.tieTypesToCreate],
    actors: [...project.actors.map((a) => updatedActors.get(a.id) ?? a), ...plan.actorsToInsert],
    ties: [...project.ties.map((t) => updatedTies.get(t.id) ?? t), ...plan.tiesToInsert],
  };
}

const origin = (row: number) => ({ file: 'red.csv', row });

function tie(source: string, target: string, extra: Partial<ParsedTie> = {}): ParsedTie {
  return {
    id: null,
    source,
    target,
    endsBy: 'id',
    type: 'colaboración',
    directed: false,
    weight: 1,
    status: 'existing',
    spells: [],
    evidence: null,
    note: '',
    relation: null,
    attributes: {},
    origin: origin(2),
    ...extra,
  };
}

function network(): ParsedNetwork {
  const parsed = emptyNetwork('csv');
  parsed.actors = [
    {
      id: '1',
      name: 'Colectivo Norte',
      sector: 'OSC',
      kind: null,
      region: 'Sonora',
      attributes: { tema: 'mediación' },
      origin: origin(2),
    },
    {
      id: '2',
      name: 'Secretaría de Bienestar',
      sector: 'gobierno',
      kind: null,
      region: null,
      attributes: {},
      origin: origin(3),
    },
    {
      id: '3',
      name: 'Parroquia San Juan',
      sector: 'Iglesia',
      kind: null,
      region: null,
      attributes: {},
      origin: origin(4),
    },
  ];
  parsed.ties = [
    tie('1', '2', { spells: [{ start: '2019-01-01', end: null }] }),
    tie('2', '3', { type: null }),
  ];
  return parsed;
}

describe('planImport', () => {
  it('adds actors and ties, matching sectors and types by label or abbreviation', () => {
    const plan = planImport(network(), emptyProject(), options());
    expect(plan.blocked).toBe(false);
    expect(planCounts(plan)).toMatchObject({
      actorsAdded: 3,
      tiesAdded: 2,
      sectorsAdded: 1,
      tieTypesAdded: 1,
    });
    const sectors = Object.fromEntries(plan.actorsToInsert.map((a) => [a.id, a.sector]));
    expect(sectors).toEqual({ '1': 'cso', '2': 'government', '3': 'iglesia' });
    expect(plan.tiesToInsert[0]?.type).toBe('collaboration');
    expect(plan.tiesToInsert[1]?.type).toBe('imported');
    expect(plan.problems.map((p) => p.code).sort()).toEqual(['sectorCreated', 'tieTypeCreated']);
    expect(plan.actorsToInsert[0]?.attributes).toEqual({ tema: 'mediación' });
  });

  it('changes nothing when the same file is imported twice', () => {
    const project = applied(emptyProject(), planImport(network(), emptyProject(), options()));
    const again = planImport(network(), project, options());
    expect(planCounts(again)).toMatchObject({
      actorsAdded: 0,
      actorsUpdated: 0,
      tiesAdded: 0,
      tiesUpdated: 0,
      sectorsAdded: 0,
      tieTypesAdded: 0,
    });
  });

  it('merges the spells of a tie reported again in a later wave', () => {
    const first = planImport(network(), emptyProject(), options());
    const project = applied(emptyProject(), first);
    const later = network();
    later.ties = [tie('2', '1', { spells: [{ start: '2017-01-01', end: '2018-01-01' }] })];
    const plan = planImport(later, project, options());
    expect(plan.tiesToInsert).toEqual([]);
    expect(plan.tiesToUpdate[0]?.after.spells).toEqual([
      { start: '2017-01-01', end: '2018-01-01' },
      { start: '2019-01-01', end: null },
    ]);
  });

  it('brings the actors of a bare edge list with it, named by their ids', () => {
    const parsed = emptyNetwork('csv');
    parsed.ties = [tie('Ana', 'Beto'), tie('Beto', 'Carla')];
    const plan = planImport(parsed, emptyProject(), options());
    expect(plan.actorsToInsert.map((a) => [a.id, a.name])).toEqual([
      ['Ana', 'Ana'],
      ['Beto', 'Beto'],
      ['Carla', 'Carla'],
    ]);
  });

  it('blocks on a tie to an actor missing from the actor list, unless bad rows are skipped', () => {
    const parsed = network();
    parsed.ties.push(tie('1', '99', { origin: origin(7) }));
    const blocked = planImport(parsed, emptyProject(), options());
    expect(blocked.blocked).toBe(true);
    expect(blocked.problems).toContainEqual({
      severity: 'error',
      code: 'unknownActor',
      params: { value: '99', column: 'target' },
      place: origin(7),
    });
    const skipped = planImport(parsed, emptyProject(), options({ skipBadRows: true }));
    expect(skipped.blocked).toBe(false);
    expect(skipped.rejected).toBe(1);
    expect(skipped.tiesToInsert).toHaveLength(2);
  });

  it('matches partners named by a survey ignoring case and accents, and adds the unknown ones', () => {
    const project = applied(emptyProject(), planImport(network(), emptyProject(), options()));
    const survey = emptyNetwork('roster');
    survey.ties = [
      tie('colectivo norte', 'SECRETARIA DE BIENESTAR', { endsBy: 'name', type: null }),
      tie('Colectivo Norte', 'Fundación Nueva', { endsBy: 'name', type: null }),
    ];
    const plan = planImport(survey, project, options({ wave: '2020-01-15' }));
    expect(plan.actorsToInsert.map((a) => a.name)).toEqual(['Fundación Nueva']);
    const created = plan.actorsToInsert[0]!.id;
    expect(plan.tiesToInsert.map((t) => [t.source, t.target])).toEqual([
      ['1', '2'],
      ['1', created],
    ]);
    expect(plan.tiesToInsert[0]?.spells).toEqual([{ start: '2020-01-15', end: null }]);
    expect(plan.tiesToInsert[0]?.evidence).toBe('survey');
    expect(plan.problems.map((p) => p.code)).toContain('actorCreatedFromName');
  });

  it('asks which relation to import from a multi-relational file, and takes only that one', () => {
    const parsed = network();
    parsed.relations = ['Marital', 'Business'];
    parsed.ties = [
      tie('1', '2', { type: null, relation: 'Marital' }),
      tie('1', '3', { type: null, relation: 'Business' }),
    ];
    const unchosen = planImport(parsed, emptyProject(), options({ skipBadRows: true }));
    expect(unchosen.blocked).toBe(true);
    expect(unchosen.problems.map((p) => p.code)).toContain('chooseRelation');
    const chosen = planImport(parsed, emptyProject(), options({ relation: 'Business' }));
    expect(chosen.blocked).toBe(false);
    expect(chosen.tiesToInsert.map((t) => [t.target, t.type])).toEqual([['3', 'business']]);
  });

  it('merges a tie repeated in the file with its ends reversed, with a warning', () => {
    const parsed = network();
    parsed.ties = [tie('1', '2'), tie('2', '1')];
    const plan = planImport(parsed, emptyProject(), options());
    expect(plan.tiesToInsert).toHaveLength(1);
    expect(plan.problems.map((p) => p.code)).toContain('tieRepeated');
  });

  it('keeps self-loops and negative weights, warning about them, and rejects impossible dates', () => {
    const parsed = network();
    parsed.ties = [
      tie('1', '1'),
      tie('1', '2', { weight: -2 }),
      tie('2', '3', { spells: [{ start: '2020-01-01', end: '2019-01-01' }] }),
    ];
    const plan = planImport(parsed, emptyProject(), options({ skipBadRows: true }));
    expect(plan.tiesToInsert).toHaveLength(2);
    expect(plan.problems.map((p) => p.code).sort()).toEqual([
      'badSpells',
      'negativeWeight',
      'sectorCreated',
      'selfLoop',
    ]);
    for (const planned of plan.tiesToInsert) expect(Tie.safeParse(planned).success).toBe(true);
    for (const planned of plan.actorsToInsert) expect(Actor.safeParse(planned).success).toBe(true);
  });

  it('counts the rows a reader already left out among the rejected ones', () => {
    const parsed = network();
    parsed.problems.push(
      { severity: 'error', code: 'invalidWeight', params: {}, place: origin(5) },
      { severity: 'error', code: 'impossibleDate', params: {}, place: origin(5) },
      { severity: 'error', code: 'invalidDate', params: {}, place: origin(6) },
    );
    const plan = planImport(parsed, emptyProject(), options({ skipBadRows: true }));
    expect(plan.rejected).toBe(2);
  });
});
