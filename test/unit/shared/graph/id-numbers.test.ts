import { describe, expect, it } from 'vitest';
import { hashOf, idNumber, idNumbers } from '../../../../shared/graph/id-numbers.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';

/** What the table must answer: a Map filled in list order (a repeated id keeps its last). */
function mapOf(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, index) => map.set(id, index));
  return map;
}

/** Ids of every shape a project holds: numbers, odd keys, accents, emoji, long, repeated. */
function randomIds(random: () => number, count: number): string[] {
  const shapes = [
    (n: number) => `actor-${n}`,
    (n: number) => String(n),
    (n: number) => `Red Mujeres ${n} ñandú`,
    (n: number) => `\u{1F331}${n}`,
    (n: number) => `${'x'.repeat(150)}${n}`,
    (n: number) => `\uD800${n}`,
  ];
  return Array.from({ length: count }, () => {
    const n = Math.floor(random() * count);
    return shapes[n % shapes.length]!(n);
  });
}

/** Ids whose hashes all fall in the same slot of a table for `count` ids. */
function crowdedIds(count: number): string[] {
  let capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  const ids: string[] = [];
  for (let index = 0; ids.length < count; index += 1) {
    if ((hashOf(`x${index}`) & (capacity - 1)) === 0) ids.push(`x${index}`);
  }
  return ids;
}

/** Two different ids of the same 32-bit hash (found by the birthday search, in a fraction of a second). */
function sameHashIds(): [string, string] {
  const seen = new Map<number, string>();
  for (let index = 0; ; index += 1) {
    const id = `c${index}`;
    const other = seen.get(hashOf(id));
    if (other !== undefined) return [other, id];
    seen.set(hashOf(id), id);
  }
}

describe('idNumbers', () => {
  it.each([1, 7, 100, 3000])('answers as a Map does on %i random ids', (count) => {
    const random = createRandom(count);
    const ids = randomIds(random, count);
    const expected = mapOf(ids);
    const table = idNumbers(ids)!;
    expect(table.size).toBe(expected.size);
    const asked = [...ids, ...randomIds(random, count), 'nobody', '', 'actor-', '\uD800'];
    for (const id of asked) {
      expect(idNumber(id, table.slots, table.keys)).toBe(expected.get(id) ?? -1);
    }
  });

  it('gives a repeated id its last position and counts it once', () => {
    const table = idNumbers(['a', 'b', 'a', '', ''])!;
    expect(table.size).toBe(3);
    expect(idNumber('a', table.slots, table.keys)).toBe(2);
    expect(idNumber('', table.slots, table.keys)).toBe(4);
    expect(idNumber('b', table.slots, table.keys)).toBe(1);
  });

  it('tells apart ids of the same hash', () => {
    const [first, second] = sameHashIds();
    expect(hashOf(first)).toBe(hashOf(second));
    const alone = idNumbers([first])!;
    expect(idNumber(second, alone.slots, alone.keys)).toBe(-1);
    const both = idNumbers([first, 'other', second])!;
    expect(both.size).toBe(3);
    expect(idNumber(first, both.slots, both.keys)).toBe(0);
    expect(idNumber(second, both.slots, both.keys)).toBe(2);
  });

  it('finds nothing in an empty list', () => {
    const table = idNumbers([])!;
    expect(table.size).toBe(0);
    expect(idNumber('a', table.slots, table.keys)).toBe(-1);
  });

  it('finds ids in a crowded run of slots, and gives up on ids made to collide', () => {
    const some = crowdedIds(20);
    const table = idNumbers(some)!;
    some.forEach((id, index) => expect(idNumber(id, table.slots, table.keys)).toBe(index));
    expect(idNumber('x-not-there', table.slots, table.keys)).toBe(-1);
    expect(idNumbers(crowdedIds(64))).toBeNull();
  });
});
