/**
 * Actor numbers by id, for reading hundreds of thousands of tie ends: the same answers as a
 * `Map<string, number>` filled in list order (a repeated id gets its last position), from a
 * hash table in one typed array.
 *
 * Why not a Map: profiling the load of a 50,000-actor project snapshot (250,000 ties) showed
 * most of its time in V8's Map lookups, and not in hashing (looking the same strings up again,
 * their hashes cached, took as long) but in cache misses: V8's table keeps two entries per
 * bucket on average, and a lookup reads the bucket, then each entry of its chain and the key
 * string it holds, one random read after another. Here a slot holds the id's hash beside its
 * number, so slots of other ids are passed over on their hash and one string is compared: two
 * random reads (the slot, the string) where a Map made three to five. Hashing in JavaScript
 * costs about as much again, yet the load of that snapshot took a third less time. (Comparing
 * with a copy of the ids packed together, by structured clone or JSON, made no difference.)
 */
export interface IdNumbers {
  /**
   * Open addressing with linear probing, two Int32 per slot: the id's hash and its number + 1
   * (0: empty). A power of two, at least twice the ids, so probes stay short.
   */
  slots: Int32Array;
  /** The ids, by number: what a slot's id is compared with. */
  keys: readonly string[];
  /** How many different ids (a Map's size). */
  size: number;
}

/**
 * The table of `ids`, or null when their hashes crowd together (more than PROBE_BUDGET_PER_ID
 * probes per id to place them): ids made to collide would make each lookup walk a long run of
 * slots, so the caller reads them with a Map instead, whose hash V8 seeds at random.
 */
export function idNumbers(ids: readonly string[]): IdNumbers | null {
  let capacity = 16;
  while (capacity < 2 * ids.length) capacity *= 2;
  const slots = new Int32Array(2 * capacity);
  const size = placeIds(ids, slots, PROBE_BUDGET_PER_ID * ids.length + PROBE_SLACK);
  return size < 0 ? null : { slots, keys: ids, size };
}

/** Probes allowed to place the ids: per id, plus a constant for short lists. */
const PROBE_BUDGET_PER_ID = 4;
const PROBE_SLACK = 1024;

/**
 * Puts each id in its slot (a repeated id's slot then holds its last number); returns how many
 * different ids, or -1 once `budget` probes are spent.
 */
function placeIds(keys: readonly string[], slots: Int32Array, budget: number): number {
  const mask = (slots.length >> 1) - 1;
  let size = 0;
  let probes = 0;
  for (let number = 0; number < keys.length; number += 1) {
    const id = keys[number]!;
    const hash = hashOf(id);
    let slot = hash & mask;
    for (;;) {
      const held = slots[2 * slot + 1]!;
      if (held === 0 || (slots[2 * slot] === hash && keys[held - 1] === id)) {
        if (held === 0) size += 1;
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = number + 1;
        break;
      }
      probes += 1;
      if (probes > budget) return -1;
      slot = (slot + 1) & mask;
    }
  }
  return size;
}

/**
 * The number of `id`, or -1 when it is not in the table. Takes the table's arrays, not the
 * IdNumbers object, so the caller's optimised loop depends on no hidden class of an object
 * made for the call (see keptTies in build-graph.ts).
 */
export function idNumber(id: string, slots: Int32Array, keys: readonly string[]): number {
  const mask = (slots.length >> 1) - 1;
  const hash = hashOf(id);
  let slot = hash & mask;
  for (;;) {
    const held = slots[2 * slot + 1]!;
    if (held === 0) return -1;
    if (slots[2 * slot] === hash && keys[held - 1] === id) return held - 1;
    slot = (slot + 1) & mask;
  }
}

/**
 * FNV-1a over the UTF-16 code units, even and odd ones in two chains (a multiplication waits
 * for the one before it: two chains take about a quarter less time on 11-character ids), then
 * MurmurHash3's final mix, so that the low bits (the slot) depend on every character.
 */
export function hashOf(id: string): number {
  let even = -2128831035;
  let odd = 374761393;
  const length = id.length;
  let index = 0;
  for (; index + 1 < length; index += 2) {
    even = Math.imul(even ^ id.charCodeAt(index), 16777619);
    odd = Math.imul(odd ^ id.charCodeAt(index + 1), 16777619);
  }
  if (index < length) even = Math.imul(even ^ id.charCodeAt(index), 16777619);
  let hash = even ^ Math.imul(odd ^ length, -1640531535);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, -2048144789);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, -1028477387);
  return hash ^ (hash >>> 16);
}
