import { describe, expect, it } from 'vitest';
import { influenceLayout, type InfluenceActor } from '../../../../shared/map/influence-layout.ts';

const distance = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);
/** Clockwise angle from the top, in [0, 2π). */
const angle = (p: { x: number; y: number }) => {
  const a = Math.atan2(p.y, p.x) + Math.PI / 2;
  return a < 0 ? a + 2 * Math.PI : a;
};

function actorsOf(count: number, sectors: (string | null)[]): InfluenceActor[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `a${String(index).padStart(3, '0')}`,
    sector: sectors[index % sectors.length]!,
  }));
}

describe('influenceLayout', () => {
  it('puts every actor with more influence strictly nearer the centre', () => {
    const actors = actorsOf(120, ['cso', 'government', 'donor', null]);
    const influence = (id: string) => {
      const n = Number(id.slice(1));
      return n % 7 === 6 ? null : n % 6;
    };
    const { positions } = influenceLayout(actors, influence, ['cso', 'government', 'donor']);
    expect(positions.size).toBe(120);
    const level = (id: string) => influence(id) ?? -1;
    for (const a of actors)
      for (const b of actors)
        if (level(a.id) > level(b.id))
          expect(distance(positions.get(a.id)!)).toBeLessThan(distance(positions.get(b.id)!));
  });

  it('keeps each sector inside its own wedge, in the sectors’ order, sized by its share', () => {
    const actors = [...actorsOf(30, ['cso']), ...actorsOf(10, ['donor']).map(rename('d'))];
    const { positions, wedges } = influenceLayout(actors, () => 3, ['government', 'cso', 'donor']);
    expect(wedges.map((w) => w.sector)).toEqual(['cso', 'donor']);
    expect(wedges[0]!.end - wedges[0]!.start).toBeCloseTo((2 * Math.PI * 30) / 40);
    for (const actor of actors) {
      const wedge = wedges.find((w) => w.sector === actor.sector)!;
      const a = angle(positions.get(actor.id)!);
      expect(a).toBeGreaterThan(wedge.start + Math.PI / 2);
      expect(a).toBeLessThan(wedge.end + Math.PI / 2);
    }
  });

  it('gives every actor its own place and repeats itself', () => {
    const actors = actorsOf(60, ['cso', 'academia']);
    const first = influenceLayout(actors, () => 5, ['cso', 'academia']);
    const keys = new Set(
      [...first.positions.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`),
    );
    expect(keys.size).toBe(60);
    const again = influenceLayout([...actors].reverse(), () => 5, ['cso', 'academia']);
    expect([...again.positions.entries()].sort()).toEqual([...first.positions.entries()].sort());
    // 60 actors do not fit one ring near the centre: several rows, reported for the guides.
    expect(first.rings).toHaveLength(1);
    expect(first.rings[0]!.outer).toBeGreaterThan(first.rings[0]!.inner);
  });

  it('treats unknown sectors as no sector and handles an empty map', () => {
    const { wedges } = influenceLayout([{ id: 'x', sector: 'gone' }], () => null, ['cso']);
    expect(wedges).toEqual([{ sector: null, start: -Math.PI / 2, end: (3 * Math.PI) / 2 }]);
    expect(influenceLayout([], () => null, ['cso']).positions.size).toBe(0);
  });
});

function rename(prefix: string) {
  return (actor: InfluenceActor): InfluenceActor => ({ ...actor, id: prefix + actor.id });
}
