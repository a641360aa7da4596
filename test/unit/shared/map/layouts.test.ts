import { describe, expect, it } from 'vitest';
import { concentricLayout, groupedLayout, placeNewActors } from '../../../../shared/map/layouts.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('pure layouts', () => {
  it('puts the highest measure in the centre of the concentric layout', () => {
    const values: Record<string, number> = { a: 1, b: 9, c: 3, d: 2 };
    const positions = concentricLayout(Object.keys(values), (id) => values[id] ?? null);
    expect(distance(positions.get('b')!, { x: 0, y: 0 })).toBe(0);
    for (const id of ['a', 'c', 'd'])
      expect(distance(positions.get(id)!, { x: 0, y: 0 })).toBeGreaterThan(0);
  });

  it('packs each group together, apart from the other groups', () => {
    const groupOf = (id: string) =>
      id.startsWith('g') ? 'gov' : id.startsWith('c') ? 'cso' : null;
    const ids = ['c1', 'c2', 'c3', 'g1', 'g2', 'x'];
    const positions = groupedLayout(ids, groupOf, ['cso', 'gov'], () => 1);
    const within = distance(positions.get('c1')!, positions.get('c2')!);
    const across = distance(positions.get('c1')!, positions.get('g1')!);
    expect(across).toBeGreaterThan(within);
    expect(positions.size).toBe(6);
  });

  it('never moves an actor that already has a position', () => {
    const known = new Map([
      ['a', { x: 10, y: 20 }],
      ['b', { x: -50, y: 5 }],
    ]);
    const placed = placeNewActors(['a', 'b', 'n'], known, [{ source: 'n', target: 'a' }]);
    expect(placed.get('a')).toEqual({ x: 10, y: 20 });
    expect(placed.get('b')).toEqual({ x: -50, y: 5 });
  });

  it('places a newcomer next to its neighbours', () => {
    const known = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['far', { x: 5000, y: 5000 }],
    ]);
    const ties = [
      { source: 'n', target: 'a' },
      { source: 'b', target: 'n' },
    ];
    const placed = placeNewActors(['a', 'b', 'far', 'n'], known, ties);
    expect(distance(placed.get('n')!, { x: 50, y: 0 })).toBeLessThanOrEqual(40.001);
  });

  it('places a newcomer without placed neighbours outside the picture', () => {
    const known = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ]);
    const placed = placeNewActors(['a', 'b', 'lonely'], known, []);
    expect(distance(placed.get('lonely')!, { x: 50, y: 0 })).toBeGreaterThan(50);
  });

  it('puts every actor on the ring when none has a position yet (a first drawing)', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const placed = placeNewActors(ids, new Map(), [
      { source: 'a', target: 'b' },
      { source: 'c', target: 'd' },
    ]);
    expect([...placed.keys()].sort()).toEqual(ids);
    const points = [...placed.values()];
    for (const [index, point] of points.entries())
      for (const other of points.slice(index + 1))
        expect(distance(point, other)).toBeGreaterThan(1);
  });
});
