import { describe, expect, it } from 'vitest';
import type { TableLayoutView } from '../../../../shared/api/imports.ts';
import {
  recognisedMapping,
  rememberRoles,
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

  it('gives a table back the roles the user gave it when it is read as that kind again', () => {
    // The user maps "monto" as the weight; the preview comes back with it.
    const weighted: TableLayoutView = { ...ties, roles: ['source', 'target', 'weight'] };
    let remembered = rememberRoles(new Map(), [actors, weighted]);
    // Reading nodos.csv as ties swaps the pair: nothing is known of either as its new kind.
    const swapped = withTableKind([actors, weighted], 0, 'ties', remembered);
    expect(swapped).toEqual([
      { file: 'nodos.csv', sheet: null, table: 'ties', roles: null },
      { file: 'aristas.csv', sheet: null, table: 'actors', roles: null },
    ]);
    const asSwapped: TableLayoutView[] = [
      {
        ...actors,
        table: 'ties',
        detected: ['id', 'attribute', 'attribute'],
        roles: ['id', 'attribute', 'attribute'],
      },
      {
        ...ties,
        table: 'actors',
        detected: ['id', 'name', 'attribute'],
        roles: ['id', 'name', 'attribute'],
      },
    ];
    remembered = rememberRoles(remembered, asSwapped);
    // Back again: both files get the roles they had, the user's weight included.
    expect(withTableKind(asSwapped, 1, 'ties', remembered)).toEqual([
      { file: 'nodos.csv', sheet: null, table: 'actors', roles: ['id', 'name', 'attribute'] },
      { file: 'aristas.csv', sheet: null, table: 'ties', roles: ['source', 'target', 'weight'] },
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
