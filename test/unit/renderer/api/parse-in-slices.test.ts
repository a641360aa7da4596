import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/api/api-call-error.ts';
import { parseInSlices } from '../../../../renderer/api/parse-in-slices.ts';

const Item = z.object({ id: z.string(), weight: z.number() });
/** More than two slices (2,500 each). */
const items = Array.from({ length: 6000 }, (_, index) => ({ id: `t${index}`, weight: index }));

describe('a long list parsed in slices', () => {
  it('gives what one parse of the whole list gives', async () => {
    expect(await parseInSlices(items, Item, 'ties.list')).toEqual(z.array(Item).parse(items));
  });

  it('fails as call fails on an element of the wrong shape, even in a later slice', async () => {
    const broken = [...items.slice(0, 5000), { id: 5, weight: 'heavy' }];
    await expect(parseInSlices(broken, Item, 'ties.list')).rejects.toBeInstanceOf(ApiCallError);
  });

  it('stops between slices once its signal aborts, with the signal reason', async () => {
    const controller = new AbortController();
    const parsing = parseInSlices(items, Item, 'ties.list', controller.signal);
    controller.abort(new Error('the screen was left'));
    await expect(parsing).rejects.toThrow('the screen was left');
  });
});
