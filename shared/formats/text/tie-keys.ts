import { keyOf } from './text-key.ts';

const END_BITS = 2 ** 21;
const KIND_BITS = 2 ** 5;

/**
 * Keys for "the same tie" (two ends and what kind of tie it is) in the maps that find
 * repeated ties across a whole file. Each end and each kind gets a small number the first
 * time it is seen, and the key is one number made of them: no string is built and hashed
 * per tie, and a map of a million keys is a fraction of the size. Beyond two million
 * distinct ends or 32 kinds a key falls back to text (a string never equals a number), so
 * any two ties get equal keys exactly when their four parts are equal.
 */
export function tieKeys() {
  const ends = new Map<string, number>();
  const kinds = new Map<string | null, number>();
  const numberOf = <T>(map: Map<T, number>, value: T): number => {
    let found = map.get(value);
    if (found === undefined) {
      found = map.size;
      map.set(value, found);
    }
    return found;
  };
  // Most ties of a file have the kind of the tie before: no lookup for those.
  let lastKind: string | null = null;
  let lastSubkind: string | null = null;
  let c = numberOf(kinds, null);
  let d = c;
  return (
    first: string,
    second: string,
    kind: string | null,
    subkind: string | null = null,
  ): number | string => {
    const a = numberOf(ends, first);
    const b = numberOf(ends, second);
    if (kind !== lastKind) {
      lastKind = kind;
      c = numberOf(kinds, kind);
    }
    if (subkind !== lastSubkind) {
      lastSubkind = subkind;
      d = numberOf(kinds, subkind);
    }
    if (a < END_BITS && b < END_BITS && c < KIND_BITS && d < KIND_BITS) {
      return ((a * END_BITS + b) * KIND_BITS + c) * KIND_BITS + d;
    }
    return keyOf(first, second, kind, subkind);
  };
}

export type TieKeys = ReturnType<typeof tieKeys>;
