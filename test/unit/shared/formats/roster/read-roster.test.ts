import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRoster, splitChoices } from '../../../../../shared/formats/roster/read-roster.ts';
import { readRosterWorkbook } from '../../../../../shared/formats/roster/read-roster-workbook.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/formats');

function table(rows: string[][]): { records: { row: number; cells: string[] }[] } {
  return { records: rows.map((cells, index) => ({ row: index + 1, cells })) };
}

describe('roster surveys', () => {
  it('read a KoboToolbox XLS export with its repeat-group sheet, tie types and frequencies', async () => {
    // test/fixtures/formats/kobo-roster.xlsx follows KoboToolbox's XLS export
    // (https://support.kobotoolbox.org/export_download.html): select_multiple answers as
    // space-separated choice names plus one 0/1 column per choice, and the repeat group as
    // its own sheet joined by _parent_index (https://support.kobotoolbox.org/group_repeat.html).
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'kobo-roster.xlsx')));
    const network = await readRosterWorkbook(bytes, {
      file: 'kobo-roster.xlsx',
      waveDate: '2020-02-01',
    });
    expect(network.problems).toEqual([]);
    expect(network.actors.map((actor) => [actor.id, actor.sector])).toEqual([
      ['red_mujeres', 'cso'],
      ['casa_refugio', 'cso'],
      ['gobierno_sonora', null],
    ]);
    expect(network.ties.map((tie) => [tie.source, tie.target, tie.type, tie.weight])).toEqual([
      ['red_mujeres', 'casa_refugio', 'colaboracion', 3],
      ['red_mujeres', 'gobierno_sonora', 'financiamiento', 1],
      ['casa_refugio', 'red_mujeres', 'colaboracion', 2],
    ]);
    expect(network.ties[0]).toMatchObject({
      endsBy: 'name',
      directed: true,
      evidence: 'survey',
      spells: [{ start: '2020-02-01', end: null }],
      origin: { sheet: 'Encuesta de alianzas', row: 2 },
    });
  });

  it('read partners from numbered columns with per-partner type', () => {
    const network = readRoster(
      table([
        ['Organización', 'socio_1', 'tipo_1', 'socio_2', 'tipo_2'],
        ['Red Mujeres', 'Casa Refugio', 'colaboración', 'DIF Sonora', ''],
      ]),
      null,
      { file: 'roster.xlsx', waveDate: '2021-06-01' },
    );
    expect(network.ties.map((tie) => [tie.target, tie.type])).toEqual([
      ['Casa Refugio', 'colaboración'],
      ['DIF Sonora', null],
    ]);
  });

  it("keep the respondents' other answers as their attributes, not the form's own columns", () => {
    const network = readRoster(
      table([
        [
          'start',
          'datos/organizacion',
          'datos/ciudad',
          'empleados',
          'aliados',
          'aliados/casa_refugio',
          '_uuid',
        ],
        ['2020-02-03T10:00', 'red_mujeres', 'Hermosillo', '12', 'casa_refugio', '1', 'a1b2'],
        ['2020-02-04T09:00', 'casa_refugio', '', '007', 'red_mujeres', '0', 'c3d4'],
      ]),
      null,
      { file: 'roster.csv', waveDate: '2020-02-01' },
    );
    expect(network.problems).toEqual([]);
    expect(network.actors.map((actor) => [actor.id, actor.attributes])).toEqual([
      ['red_mujeres', { 'datos/ciudad': 'Hermosillo', empleados: 12 }],
      // An empty answer adds nothing; "007" stays text so it comes back as written.
      ['casa_refugio', { empleados: '007' }],
    ]);
  });

  it('refuse a roster without a valid wave date', () => {
    const network = readRoster(table([['organizacion'], ['A']]), null, {
      file: 'r.csv',
      waveDate: '',
    });
    expect(network.problems.map((problem) => problem.code)).toEqual(['missingWaveDate']);
  });

  it('split Kobo space-separated choices and typed comma lists', () => {
    expect(splitChoices('casa_refugio  gobierno_sonora')).toEqual([
      'casa_refugio',
      'gobierno_sonora',
    ]);
    expect(splitChoices('Casa Refugio, DIF Sonora; Red A.C.')).toEqual([
      'Casa Refugio',
      'DIF Sonora',
      'Red A.C.',
    ]);
  });
});
