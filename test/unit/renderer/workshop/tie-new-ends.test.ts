import { describe, expect, it } from 'vitest';
import {
  endAwaitingSector,
  planTieSave,
  withSector,
  type TieEnd,
} from '../../../../renderer/features/workshop/tie-new-ends.ts';

const known: TieEnd = { id: 'a1', name: 'Gobierno de Sonora' };
const fresh = (name: string): TieEnd => ({ id: null, name });

function ids(): () => string {
  let next = 0;
  return () => `new-${++next}`;
}

describe('asking the sector of a typed tie’s new ends', () => {
  it('asks nothing when both ends exist', () => {
    expect(endAwaitingSector(known, { id: 'a2', name: 'Observatorio' })).toBeNull();
  });

  it('asks the source, then the target, then is done', () => {
    let ends = { source: fresh('Casa Joven'), target: fresh('Radio Libre') };
    expect(endAwaitingSector(ends.source, ends.target)).toBe('source');
    ends = withSector(ends, 'source', 'cso');
    expect(endAwaitingSector(ends.source, ends.target)).toBe('target');
    // 0 = not known is an answer too: it must not be asked again.
    ends = withSector(ends, 'target', null);
    expect(endAwaitingSector(ends.source, ends.target)).toBeNull();
    expect(ends.source).toEqual({ id: null, name: 'Casa Joven', sector: 'cso' });
  });

  it('asks only the new end when the other exists', () => {
    expect(endAwaitingSector(known, fresh('Radio Libre'))).toBe('target');
    expect(endAwaitingSector(fresh('Radio Libre'), known)).toBe('source');
  });

  it('asks once when the same new name is typed at both ends', () => {
    const ends = withSector(
      { source: fresh('Radio Libre'), target: fresh('radio libre') },
      'source',
      'media',
    );
    expect(endAwaitingSector(ends.source, ends.target)).toBeNull();
  });
});

describe('planTieSave', () => {
  it('sends existing ends by id and creates nothing', () => {
    expect(planTieSave(known, { id: 'a2', name: 'X' }, ids())).toEqual({
      sourceId: 'a1',
      targetId: 'a2',
      newActors: [],
    });
  });

  it('gives new ends fresh ids, with their sectors, for the same call as the tie', () => {
    const plan = planTieSave(
      { ...fresh('Casa Joven'), sector: 'cso' },
      { ...fresh('Radio Libre'), sector: null },
      ids(),
    );
    expect(plan).toEqual({
      sourceId: 'new-1',
      targetId: 'new-2',
      newActors: [
        { id: 'new-1', name: 'Casa Joven', sector: 'cso', kind: 'organisation' },
        { id: 'new-2', name: 'Radio Libre', sector: null, kind: 'organisation' },
      ],
    });
  });

  it('makes one actor of the same new name at both ends', () => {
    const plan = planTieSave(
      { ...fresh('Radio Libre'), sector: 'media' },
      fresh('Radio  libre'),
      ids(),
    );
    expect(plan.sourceId).toBe(plan.targetId);
    expect(plan.newActors).toHaveLength(1);
  });
});
