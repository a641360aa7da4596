import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import {
  edgeLooks,
  nodeLooks,
  sameNodeLooks,
  sectorColours,
} from '../../../../shared/map/map-elements.ts';
import { measureMap, quickMeasures } from '../../../../shared/map/map-measures.ts';
import { NO_SECTOR_COLOUR, PROJECTOR_PALETTE } from '../../../../shared/map/palette.ts';
import { NODE_SIZE, sizeScale, tieWidth } from '../../../../shared/map/size-scale.ts';
import { mapStylesheet } from '../../../../shared/map/map-stylesheet.ts';
import { actor, tie } from './fixtures.ts';

/** A star: hub h with three leaves, plus an isolate. */
const actors = [
  actor('h', 'cso'),
  actor('a', 'government'),
  actor('b', 'donor'),
  actor('c', null, { kind: 'person' }),
  actor('i', 'cso'),
];
const ties = [
  tie('t1', 'h', 'a'),
  tie('t2', 'h', 'b', { type: 'funding', weight: 4 }),
  tie('t3', 'h', 'c', { status: 'potential' }),
];

describe('sector colours', () => {
  it('uses the colour stored with the sector in the project palette', () => {
    const colourOf = sectorColours(DEFAULT_SECTORS, 'project');
    expect(colourOf('government')).toBe('#d55e00');
    expect(colourOf(null)).toBe(NO_SECTOR_COLOUR);
    expect(colourOf('unknown_sector')).toBe(NO_SECTOR_COLOUR);
  });

  it('uses Okabe–Ito, black and white by sector order in projector mode, grey past the ninth', () => {
    const colourOf = sectorColours(DEFAULT_SECTORS, 'projector');
    expect(colourOf('cso')).toBe(PROJECTOR_PALETTE[0]);
    expect(colourOf('iso')).toBe(PROJECTOR_PALETTE[1]);
    expect(colourOf('community_leader')).toBe('#ffffff');
    const tenth = [...DEFAULT_SECTORS, { ...DEFAULT_SECTORS[0]!, key: 'tenth', position: 9 }];
    expect(sectorColours(tenth, 'projector')('tenth')).toBe(NO_SECTOR_COLOUR);
  });
});

describe('size scale', () => {
  it('gives the smallest value the minimum and the largest the maximum', () => {
    const scale = sizeScale([0, 1, 4]);
    expect(scale(0)).toBe(NODE_SIZE.min);
    expect(scale(4)).toBe(NODE_SIZE.max);
  });

  it('grows the area, not the diameter, linearly with the value', () => {
    const scale = sizeScale([0, 4], { min: 0, max: 20 });
    expect(scale(1)).toBeCloseTo(10);
  });

  it('gives every node the middle size when all values are equal', () => {
    expect(sizeScale([3, 3, 3])(3)).toBe((NODE_SIZE.min + NODE_SIZE.max) / 2);
  });

  it('gives the minimum to an actor without a value', () => {
    expect(sizeScale([1, 2])(null)).toBe(NODE_SIZE.min);
  });

  it('widens ties with their weight, within bounds', () => {
    expect(tieWidth(1)).toBe(1.5);
    expect(tieWidth(4)).toBeGreaterThan(tieWidth(2));
    expect(tieWidth(1e9)).toBe(8);
  });
});

describe('node and tie looks', () => {
  const measures = measureMap(actors, ties);

  it('sizes by degree counting existing ties only, the hub biggest', () => {
    const looks = new Map(
      nodeLooks(actors, DEFAULT_SECTORS, measures, { sizeBy: 'degree', palette: 'project' }).map(
        (l) => [l.id, l],
      ),
    );
    expect(measures.values.get('degree')?.get('h')).toBe(2);
    expect(looks.get('h')?.size).toBe(NODE_SIZE.max);
    expect(looks.get('i')?.size).toBe(NODE_SIZE.min);
    expect(looks.get('h')?.shape).toBe('round-rectangle');
    expect(looks.get('c')?.shape).toBe('ellipse');
    expect(looks.get('a')?.colour).toBe('#d55e00');
  });

  it('finds the looks the same when new measures change no size', () => {
    const options = { sizeBy: 'degree', palette: 'project' } as const;
    const full = nodeLooks(actors, DEFAULT_SECTORS, measures, options);
    const quick = nodeLooks(actors, DEFAULT_SECTORS, quickMeasures(actors, ties), options);
    expect(sameNodeLooks(full, quick)).toBe(true);
    const bySector = nodeLooks(actors, DEFAULT_SECTORS, measures, { ...options, sizeBy: 'core' });
    expect(sameNodeLooks(full, bySector)).toBe(false);
    expect(sameNodeLooks(full, full.slice(1))).toBe(false);
    expect(sameNodeLooks(full, [...full.slice(1), full[0]!])).toBe(false);
  });

  it('colours ties by type, arrows for directed types, dashes for potential ties', () => {
    const looks = new Map(edgeLooks(ties, DEFAULT_TIE_TYPES).map((l) => [l.id, l]));
    expect(looks.get('t2')).toMatchObject({ colour: '#009e73', directed: true, potential: false });
    expect(looks.get('t2')!.width).toBeGreaterThan(looks.get('t1')!.width);
    expect(looks.get('t3')).toMatchObject({ potential: true, directed: false });
  });

  it('fades potential ties instead of dashing them with the WebGL renderer', () => {
    const rule = (webgl: boolean) =>
      mapStylesheet({ projector: false, webgl, labels: 'auto' }).find(
        (r) => r.selector === 'edge[?potential]',
      );
    expect(rule(false)?.style['line-style']).toBe('dashed');
    expect(rule(true)?.style['line-style']).toBeUndefined();
    expect(rule(true)?.style.opacity).toBeLessThan(0.5);
  });

  it('shows every label with labels "all" and larger ones in projector mode', () => {
    const node = (projector: boolean, labels: 'auto' | 'all') =>
      mapStylesheet({ projector, webgl: false, labels }).find((r) => r.selector === 'node')!.style;
    expect(node(false, 'all')['min-zoomed-font-size']).toBe(0);
    expect(String(node(true, 'auto')['font-size'])).toContain('145');
  });
});
