import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../../shared/formats/csv/detect-delimiter.ts';
import { readNetworkCsv } from '../../../../../shared/formats/csv/read-network-csv.ts';
import { readCsvRecords } from '../../../../../shared/formats/csv/read-csv-records.ts';
import { recogniseTieColumns } from '../../../../../shared/formats/csv/column-roles.ts';

async function records(chunks: Iterable<string | Uint8Array>): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const record of readCsvRecords(chunks, { file: 'x.csv', report: () => undefined })) {
    rows.push(record.cells);
  }
  return rows;
}

function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((start, index) => text.slice(start, points[index] ?? text.length));
}

describe('readCsvRecords', () => {
  const text = 'id;note\r\n1;"first line\r\nsecond; ""quoted"" line"\r\n2;plain\r\n3;"ends"';

  it('reads quoted fields with newlines, whatever the chunk boundaries', async () => {
    const expected = [
      ['id', 'note'],
      ['1', 'first line\r\nsecond; "quoted" line'],
      ['2', 'plain'],
      ['3', 'ends'],
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        expect(await records(split(text, cuts))).toEqual(expected);
      }),
    );
  });

  it('numbers records as a spreadsheet does, counting blank lines', async () => {
    const rows: number[] = [];
    for await (const record of readCsvRecords(['a,b\n\n1,2\n"x\ny",3\n4,5'], {
      file: 'x.csv',
      report: () => undefined,
    })) {
      rows.push(record.row);
    }
    expect(rows).toEqual([1, 3, 4, 5]);
  });
});

describe('detectDelimiter', () => {
  it('picks the separator that gives a consistent table', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n', '\n')).toBe(',');
    expect(detectDelimiter('nombre;peso\nRed A.C.;2,5\nCasa;1,5\n', '\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n', '\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n', '\n')).toBe('|');
  });

  it('picks space for a Gephi edge list whose quoted intervals contain commas', () => {
    const gephi = 'Source Target Type timeset\nFred Alice Directed "[2016-02-03, 2016-02-04]"\n';
    expect(detectDelimiter(gephi, '\n')).toBe(' ');
  });
});

describe('column recognition', () => {
  it('recognises Spanish, English and Gephi headers regardless of case and accents', () => {
    expect(recogniseTieColumns(['Origen', 'DESTINO', 'Peso', 'Tipo', 'Inicio', 'Fin'])).toEqual({
      source: 0,
      target: 1,
      weight: 2,
      type: 3,
      start: 4,
      end: 5,
    });
    expect(
      recogniseTieColumns(['Source', 'Target', 'Type', 'Interval', 'Dirección']),
    ).toMatchObject({
      intervals: 3,
      directed: 4,
    });
  });
});

describe('readNetworkCsv', () => {
  it('joins a nodes file and a ties file into one network, matching names as ids', async () => {
    const network = await readNetworkCsv({
      actors: {
        file: 'actores.csv',
        chunks: [
          'id,nombre,sector,región,fundada\n1,"Red Mujeres, A.C.",OSC,Sonora,1998\n2,Gobierno de Sonora,Gobierno,Sonora,\n',
        ],
      },
      ties: {
        file: 'vinculos.csv',
        chunks: [
          'origen,destino,peso,tipo,inicio,fin,evidencia\n1,Gobierno de Sonora,"2,5",funding,2019-03-01,2020-01-01,encuesta\n',
        ],
      },
    });
    expect(network.problems).toEqual([]);
    expect(network.actors[0]).toMatchObject({
      id: '1',
      name: 'Red Mujeres, A.C.',
      sector: 'cso',
      region: 'Sonora',
      attributes: { fundada: 1998 },
    });
    expect(network.ties).toEqual([
      expect.objectContaining({
        source: '1',
        target: '2',
        endsBy: 'id',
        weight: 2.5,
        type: 'funding',
        evidence: 'survey',
        spells: [{ start: '2019-03-01', end: '2020-01-01' }],
        origin: { file: 'vinculos.csv', row: 2 },
      }),
    ]);
  });

  it('makes the actors of a ties file alone from the names it uses', async () => {
    const network = await readNetworkCsv({
      ties: { file: 't.csv', chunks: ['from,to\nA,B\nB,C\n'] },
    });
    expect(network.actors.map((actor) => actor.id)).toEqual(['A', 'B', 'C']);
    expect(network.ties.every((tie) => tie.endsBy === 'name')).toBe(true);
  });

  it('reads Gephi Directed/Undirected in the Type column as direction, not relation type', async () => {
    const network = await readNetworkCsv({
      ties: { file: 't.csv', chunks: ['Source,Target,Type\nA,B,Undirected\nA,C,alliance\n'] },
    });
    expect(network.ties.map((tie) => [tie.directed, tie.type])).toEqual([
      [false, null],
      [null, 'alliance'],
    ]);
  });
});
