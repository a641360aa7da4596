import { describe, expect, it } from 'vitest';
import { mappingFaults } from '../../../../../shared/formats/csv/column-mapping.ts';
import { readNetworkCsv } from '../../../../../shared/formats/csv/read-network-csv.ts';

const bytes = (text: string) => [new TextEncoder().encode(text)];

describe('mappingFaults', () => {
  it('accepts a ties table with one source and one target, the rest attributes or ignored', () => {
    expect(mappingFaults('ties', ['source', 'target', 'attribute', 'ignore'])).toEqual([]);
  });

  it('names the columns given the same role', () => {
    expect(mappingFaults('ties', ['source', 'source', 'target'])).toEqual([
      { code: 'mappingRoleTwice', role: 'source', columns: [0, 1] },
    ]);
  });

  it('asks for a source and a target in a ties table', () => {
    expect(mappingFaults('ties', ['source', 'weight']).map((fault) => fault.role)).toEqual([
      'target',
    ]);
  });

  it('asks for an id or a name in an actors table, and refuses tie roles there', () => {
    expect(mappingFaults('actors', ['sector', 'source'])).toEqual([
      { code: 'mappingRoleNotForTable', role: 'source', columns: [1] },
      { code: 'mappingMissingRole', role: 'name', columns: [] },
    ]);
    expect(mappingFaults('actors', ['id', 'sector'])).toEqual([]);
  });
});

describe('reading a CSV with chosen roles', () => {
  it('uses the roles given instead of the headers, and describes both', async () => {
    const network = await readNetworkCsv({
      ties: {
        file: 'red.csv',
        chunks: bytes('de,para,peso,valor,basura\nA,B,alto,7,y\n'),
        roles: ['source', 'target', 'attribute', 'weight', 'ignore'],
      },
    });
    expect(network.problems).toEqual([]);
    expect(network.ties.map((tie) => [tie.source, tie.target, tie.weight, tie.attributes])).toEqual(
      [['A', 'B', 7, { peso: 'alto' }]],
    );
    expect(network.tables).toEqual([
      {
        file: 'red.csv',
        sheet: null,
        table: 'ties',
        headers: ['de', 'para', 'peso', 'valor', 'basura'],
        detected: ['source', 'target', 'weight', 'attribute', 'attribute'],
        roles: ['source', 'target', 'attribute', 'weight', 'ignore'],
      },
    ]);
  });
});
