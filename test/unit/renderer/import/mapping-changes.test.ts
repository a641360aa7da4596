import { describe, expect, it } from 'vitest';
import type { TableLayoutView } from '../../../../shared/api/imports.ts';
import {
  recognisedMapping,
  withRole,
  withTableKind,
} from '../../../../renderer/features/import/mapping-changes.ts';

const actors: TableLayoutView = {
  file: 'nodos.csv',
  sheet: null,
  table: 'actors',
  headers: ['id', 'nombre', 'ciudad'],
  detected: ['id', 'name', 'attribute'],
  roles: ['id', 'name', 'attribute'],
};
const ties: TableLayoutView = {
  file: 'aristas.csv',
  sheet: null,
  table: 'ties',
  headers: ['de', 'a', 'monto'],
  detected: ['source', 'target', 'attribute'],
  roles: ['source', 'target', 'attribute'],
};

describe('mapping changes in the wizard', () => {
  it('changes one column of one table and keeps the rest as previewed', () => {
    expect(withRole([actors, ties], 1, 2, 'weight')).toEqual([
      { file: 'nodos.csv', sheet: null, table: 'actors', roles: ['id', 'name', 'attribute'] },
      { file: 'aristas.csv', sheet: null, table: 'ties', roles: ['source', 'target', 'weight'] },
    ]);
  });

  it('switches the other file of a pair when one changes kind, asking for fresh recognition', () => {
    expect(withTableKind([actors, ties], 0, 'ties')).toEqual([
      { file: 'nodos.csv', sheet: null, table: 'ties', roles: null },
      { file: 'aristas.csv', sheet: null, table: 'actors', roles: null },
    ]);
  });

  it('goes back to the recognised roles', () => {
    const changed = { ...ties, roles: ['ignore', 'ignore', 'ignore'] as const };
    expect(recognisedMapping([{ ...changed, roles: [...changed.roles] }])[0]?.roles).toEqual([
      'source',
      'target',
      'attribute',
    ]);
  });
});
