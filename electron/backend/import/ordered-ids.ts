import { randomBytes } from 'node:crypto';

/**
 * New ids for an import's rows as UUID version 7 (RFC 9562): a millisecond timestamp, then
 * a counter, then random bits. Ids made one after another sort in the order they were made,
 * so inserting 100,000 new ties appends to the end of the primary-key index instead of
 * touching a random page of it for every row, as random (version 4) UUIDs do. The 42-bit
 * counter (RFC 9562 §6.2, method 1) restarts each millisecond and keeps ids made within one
 * millisecond in order; the remaining 32 random bits keep two computers' ids apart.
 */
/** Hex digits by table lookup: an import makes an id per new tie. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const HEX_3 = Array.from({ length: 4096 }, (_, value) => value.toString(16).padStart(3, '0'));

export function orderedIds(now: () => number = Date.now): () => string {
  let lastMs = -1;
  let counter = 0;
  /** The id's first 15 characters, the same for every id of one millisecond. */
  let timePrefix = '';
  let pool = randomBytes(0);
  let used = 0;

  /** 32 random bits as 8 hex digits. */
  function randomHex(): string {
    if (used + 4 > pool.length) {
      pool = randomBytes(4096);
      used = 0;
    }
    const hex =
      HEX[pool[used]!]! + HEX[pool[used + 1]!]! + HEX[pool[used + 2]!]! + HEX[pool[used + 3]!]!;
    used += 4;
    return hex;
  }

  return () => {
    const ms = Math.max(now(), lastMs);
    if (ms > lastMs) {
      lastMs = ms;
      counter = 0;
      const time = ms.toString(16).padStart(12, '0').slice(-12);
      timePrefix = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
    } else {
      counter++;
    }
    // 42 counter bits: 12 in rand_a, then 30 after the 2 variant bits.
    const high = Math.floor(counter / 2 ** 30) & 0xfff;
    const low = counter % 2 ** 30;
    // The variant bits 10, then the counter's low 30 bits.
    const variant = 0x8000 + (low >>> 16);
    const rest = low & 0xffff;
    return `${timePrefix}${HEX_3[high]!}-${HEX[variant >>> 8]!}${HEX[variant & 0xff]!}-${HEX[rest >>> 8]!}${HEX[rest & 0xff]!}${randomHex()}`;
  };
}
