import { describe, expect, it } from 'vitest';
import { orderedIds } from '../../../../electron/backend/import/ordered-ids.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('orderedIds', () => {
  it('makes version 7 UUIDs that sort in the order they were made, within one millisecond too', () => {
    const next = orderedIds(() => 1_700_000_000_000);
    const ids = Array.from({ length: 10_000 }, next);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the order when the clock goes back', () => {
    const times = [2_000, 1_000, 3_000];
    const next = orderedIds(() => times.shift() ?? 3_000);
    const ids = [next(), next(), next()];
    expect([...ids].sort()).toEqual(ids);
  });

  it('writes the millisecond in the first 48 bits', () => {
    const id = orderedIds(() => 0x0123456789ab)();
    expect(id.slice(0, 13)).toBe('01234567-89ab');
  });
});
