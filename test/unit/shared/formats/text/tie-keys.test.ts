import { describe, expect, it } from 'vitest';
import { tieKeys } from '../../../../../shared/formats/text/tie-keys.ts';

describe('tieKeys', () => {
  it('gives equal keys exactly when ends, kind and subkind are equal', () => {
    const key = tieKeys();
    const parts: [string, string, string | null, string | null][] = [
      ['a', 'b', 'colaboración', null],
      ['b', 'a', 'colaboración', null],
      ['a', 'b', null, null],
      ['a', 'b', 'colaboración', 'Business'],
      ['a', 'b', 'Business', 'colaboración'],
      ['ab', '', 'x', null],
      ['a', 'bx', null, null],
    ];
    const keys = parts.map((p) => key(...p));
    expect(new Set(keys).size).toBe(parts.length);
    expect(parts.map((p) => key(...p))).toEqual(keys);
  });

  it('falls back to text keys beyond 32 kinds, still telling ties apart', () => {
    const key = tieKeys();
    const kinds = Array.from({ length: 40 }, (_, n) => `tipo ${n}`);
    const keys = kinds.map((kind) => key('a', 'b', kind));
    expect(typeof keys[0]).toBe('number');
    expect(typeof keys[39]).toBe('string');
    expect(new Set(keys).size).toBe(40);
    expect(kinds.map((kind) => key('a', 'b', kind))).toEqual(keys);
  });
});
