import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedActor, ParsedTie } from '../../../../../shared/formats/parsed-network.ts';
import { readWorkbook } from '../../../../../shared/formats/xlsx/read-workbook.ts';
import { writeKumuWorkbook } from '../../../../../shared/formats/xlsx/write-workbook.ts';
import { columnLetter } from '../../../../../shared/formats/xlsx/adjacency-matrix.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures');

const actors: ParsedActor[] = [
  {
    id: 'a1',
    name: 'Red Mujeres A.C.',
    sector: 'cso',
    kind: 'organisation',
    region: 'Sonora',
    attributes: { founded: 1998, code: '=007' },
    notes: 'Works on prevention',
    origin: { file: 'x' },
  },
  {
    id: 'a2',
    name: 'Ana López',
    sector: null,
    kind: 'person',
    region: null,
    attributes: {},
    origin: { file: 'x' },
  },
];
const ties: ParsedTie[] = [
  {
    id: 't1',
    source: 'a1',
    target: 'a2',
    endsBy: 'id',
    type: 'collaboration',
    directed: false,
    weight: 2.5,
    status: 'potential',
    spells: [
      { start: '2019-01-01', end: '2020-01-01' },
      { start: '2021-01-01', end: null },
    ],
    evidence: 'survey',
    note: '@mention',
    relation: null,
    attributes: { tema: 'justicia' },
    origin: { file: 'x' },
  },
];

function withoutOrigin<T extends { origin: unknown }>(item: T): Omit<T, 'origin'> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'origin')) as Omit<
    T,
    'origin'
  >;
}

describe('Kumu-style workbooks', () => {
  it('round-trip actors, ties, attributes and spells', async () => {
    const bytes = await writeKumuWorkbook({ actors, ties });
    const network = await readWorkbook(bytes, { file: 'kumu.xlsx' });
    expect(network.format).toBe('kumu');
    expect(network.problems).toEqual([]);
    expect(network.actors.map(withoutOrigin)).toEqual(actors.map(withoutOrigin));
    expect(network.ties.map(withoutOrigin)).toEqual(ties.map(withoutOrigin));
  });

  it('read a workbook laid out as Kumu documents it (Label, Type, Description, Tags; From, To, Type)', async () => {
    // test/fixtures/formats/kumu-workbook.xlsx, made by make-format-fixtures.ts after
    // https://docs.kumu.io/guides/import (Elements: Label, Type, Description, Tags; Connections: From, To, Type, Direction).
    const network = await readWorkbook(
      new Uint8Array(readFileSync(join(fixtures, 'formats/kumu-workbook.xlsx'))),
      {
        file: 'kumu-workbook.xlsx',
      },
    );
    expect(network.problems).toEqual([]);
    expect(network.actors.map((actor) => [actor.id, actor.kind, actor.attributes['Tags']])).toEqual(
      [
        ['Red Mujeres', 'organisation', 'prevención; justicia'],
        ['Gobierno de Sonora', 'organisation', 'gobierno'],
        ['Ana López', 'person', undefined],
      ],
    );
    expect(network.ties.map((tie) => [tie.source, tie.target, tie.type, tie.directed])).toEqual([
      ['Red Mujeres', 'Gobierno de Sonora', 'Funding', true],
      ['Ana López', 'Red Mujeres', 'Collaboration', false],
    ]);
  });

  it('report a file that is not a workbook', async () => {
    const network = await readWorkbook(new TextEncoder().encode('a,b\n'), { file: 'x.xlsx' });
    expect(network.problems.map((problem) => problem.code)).toEqual(['notAWorkbook']);
  });

  it('report a sheet name the workbook does not have, listing the ones it has', async () => {
    const bytes = await writeKumuWorkbook({ actors, ties });
    const network = await readWorkbook(bytes, { file: 'k.xlsx', tiesSheet: 'Vínculos' });
    expect(network.problems[0]).toMatchObject({
      code: 'sheetNotFound',
      params: { sheets: 'Elements, Connections' },
    });
  });
});

describe('columnLetter', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
