import { describe, expect, it } from 'vitest';
import { bucketTies, roundWidth } from '../../../../shared/map/tie-buckets.ts';

const tie = (colour: string, width: number, potential = false, directed = false) => ({
  colour,
  width,
  potential,
  directed,
});

describe('tie style buckets', () => {
  it('groups ties by colour, rounded width and dashes, solid buckets first', () => {
    const ties = [
      tie('#111111', 1.5, true),
      tie('#111111', 1.5),
      tie('#222222', 1.5),
      tie('#111111', 1.6),
      tie('#111111', 3),
      tie('#111111', 1.5, true, true),
    ];
    const { bucketOf, buckets } = bucketTies(ties);
    expect(buckets.map((b) => [b.colour, b.width, b.dashed])).toEqual([
      ['#111111', 1.5, false],
      ['#222222', 1.5, false],
      ['#111111', 3, false],
      ['#111111', 1.5, true],
    ]);
    expect(Array.from(bucketOf)).toEqual([3, 0, 1, 0, 2, 3]);
    expect(Array.from(buckets[0]!.members)).toEqual([1, 3]);
    expect(Array.from(buckets[3]!.members)).toEqual([0, 5]);
    expect(buckets[3]!.directed).toBe(1);
    expect(buckets[0]!.directed).toBe(0);
  });

  it('puts every tie in exactly one bucket', () => {
    const ties = Array.from({ length: 500 }, (_, i) =>
      tie(['#a00000', '#00a000', '#0000a0'][i % 3]!, 1 + (i % 7) * 0.4, i % 10 === 0),
    );
    const { bucketOf, buckets } = bucketTies(ties);
    const seen = new Set<number>();
    buckets.forEach((bucket, index) =>
      bucket.members.forEach((member) => {
        expect(bucketOf[member]).toBe(index);
        seen.add(member);
      }),
    );
    expect(seen.size).toBe(500);
  });

  it('rounds widths to half units, never below half a unit', () => {
    expect(roundWidth(1.6)).toBe(1.5);
    expect(roundWidth(1.8)).toBe(2);
    expect(roundWidth(0.1)).toBe(0.5);
  });
});
