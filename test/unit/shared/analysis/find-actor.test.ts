import { describe, expect, it } from 'vitest';
import { findActor } from '../../../../shared/analysis/find-actor.ts';

const ids = ['a001', 'a002', 'a003', '7'];
const labels = new Map([
  ['a001', 'Red Impulso Cívico A.C.'],
  ['a002', 'Fundación Norte'],
  ['a003', 'Fundación Norte'],
  ['7', 'a001'],
]);

describe('findActor', () => {
  it('takes an id exactly as written before any name', () => {
    expect(findActor('a001', ids, labels)).toEqual({ found: 'one', id: 'a001' });
    expect(findActor('7', ids, labels)).toEqual({ found: 'one', id: '7' });
  });

  it('finds a name without its accents, case or legal suffix', () => {
    expect(findActor('Red Impulso Cívico A.C.', ids, labels)).toEqual({ found: 'one', id: 'a001' });
    expect(findActor('red impulso civico', ids, labels)).toEqual({ found: 'one', id: 'a001' });
  });

  it('reports a name several actors share, and a name nobody has', () => {
    expect(findActor('fundacion norte', ids, labels)).toEqual({
      found: 'several',
      ids: ['a002', 'a003'],
    });
    expect(findActor('Fundación Sur', ids, labels)).toEqual({ found: 'none' });
    expect(findActor('...', ids, labels)).toEqual({ found: 'none' });
  });
});
