import { z } from 'zod';
import { isIsoDate } from '../../../shared/domain/dates.ts';

/**
 * What the Map screen keeps in its address, after `#/map?`:
 * - `date=2019-01-15` the map's date (`date=all`: every tie regardless of dates);
 * - `compare=2018-01-01,2020-01-01` before/after mode with those two dates (earlier first;
 *   given the other way round they are swapped).
 * Other screens link here with these, e.g. `#/map?compare=2018-01-15,2020-07-01`.
 * Anything malformed is ignored, so a bad link opens the ordinary map.
 */
export interface MapHashParams {
  /** undefined = not in the address (the latest wave); null = all dates. */
  date?: string | null;
  compare?: readonly [string, string];
}

const Day = z.string().refine(isIsoDate);
const DateParam = z.union([z.literal('all').transform(() => null), Day]);
const CompareParam = z
  .string()
  .transform((text) => text.split(','))
  .pipe(z.tuple([Day, Day]))
  .refine(([before, after]) => before !== after)
  .transform(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const)));

function queryOf(hash: string): URLSearchParams {
  const start = hash.indexOf('?');
  return new URLSearchParams(start === -1 ? '' : hash.slice(start + 1));
}

export function readMapHash(hash: string): MapHashParams {
  const query = queryOf(hash);
  const date = DateParam.safeParse(query.get('date'));
  const compare = CompareParam.safeParse(query.get('compare'));
  return {
    ...(date.success ? { date: date.data } : {}),
    ...(compare.success ? { compare: compare.data } : {}),
  };
}

/**
 * The address with the map's parameters replaced (the screen's path and any other
 * parameter kept). `date` undefined leaves it out: the map opens at the latest wave.
 */
export function writeMapHash(hash: string, params: MapHashParams): string {
  const start = hash.indexOf('?');
  const path = start === -1 ? hash : hash.slice(0, start);
  const query = queryOf(hash);
  query.delete('date');
  query.delete('compare');
  if (params.date !== undefined) query.set('date', params.date ?? 'all');
  if (params.compare) query.set('compare', params.compare.join(','));
  const text = query.toString().replaceAll('%2C', ',');
  return text ? `${path}?${text}` : path;
}
