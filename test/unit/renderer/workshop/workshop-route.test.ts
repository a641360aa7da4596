import { describe, expect, it } from 'vitest';
import {
  workshopHash,
  workshopRouteOf,
} from '../../../../renderer/features/workshop/workshop-route.ts';

describe('workshop routes', () => {
  it('reads the list, a session and its summary from the fragment', () => {
    expect(workshopRouteOf('#/workshop')).toEqual({ view: 'list' });
    expect(workshopRouteOf('#/workshop/')).toEqual({ view: 'list' });
    expect(workshopRouteOf('#/workshop/w-1')).toEqual({ view: 'session', id: 'w-1' });
    expect(workshopRouteOf('#/workshop/w-1/summary')).toEqual({ view: 'summary', id: 'w-1' });
    expect(workshopRouteOf('#/data')).toEqual({ view: 'list' });
  });

  it('writes what it reads', () => {
    for (const route of [
      { view: 'list' },
      { view: 'session', id: 'a b' },
      { view: 'summary', id: 'x/y' },
    ] as const)
      expect(workshopRouteOf(workshopHash(route))).toEqual(route);
  });
});
