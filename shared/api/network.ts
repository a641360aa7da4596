import { z } from 'zod';
import { Actor } from '../domain/actor.ts';
import { Sector, TieType } from '../domain/catalog.ts';
import { IsoDate } from '../domain/dates.ts';
import { CatalogKey, GroupId } from '../domain/ids.ts';
import { Tie, TieStatus } from '../domain/tie.ts';

/**
 * Which part of the project to look at. `at` gives the ties active on that day; `from`/`to`
 * the ties active at any moment of [from, to). With neither, every tie regardless of dates.
 */
export const NetworkQuery = z
  .object({
    at: IsoDate.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    sectors: z.array(CatalogKey).max(100).optional(),
    tieTypes: z.array(CatalogKey).max(100).optional(),
    statuses: z.array(TieStatus).max(2).optional(),
    regions: z.array(z.string().max(200)).max(200).optional(),
    groups: z.array(GroupId).max(200).optional(),
  })
  .strict()
  .refine((q) => !(q.at && (q.from || q.to)), {
    message: 'Give either one date or a period, not both',
    path: ['at'],
  })
  .refine((q) => !(q.from && q.to) || q.from < q.to, {
    message: 'The end of the period must be after its start',
    path: ['to'],
  });
export type NetworkQuery = z.input<typeof NetworkQuery>;

export const NetworkSnapshot = z.object({
  actors: z.array(Actor),
  ties: z.array(Tie),
  sectors: z.array(Sector),
  tieTypes: z.array(TieType),
});
export type NetworkSnapshot = z.infer<typeof NetworkSnapshot>;

/** The most elements of one list a page may carry; about 1.5 MB of JSON for ties. */
export const NETWORK_PAGE_MAX = 20_000;

/** `limit` elements of a list from `offset` on (fewer at its end, none past it). */
const PageRange = z
  .object({
    offset: z.number().int().min(0),
    limit: z.number().int().min(0).max(NETWORK_PAGE_MAX),
  })
  .strict();

/**
 * A part of the network a query selects, for networks too large to send and parse at once.
 * `revision` names the project state the first page came from: later pages ask for it, and the
 * backend cuts them from that same state while it still holds it.
 */
export const NetworkPageQuery = z
  .object({
    query: NetworkQuery,
    revision: z.string().max(100).optional(),
    actors: PageRange,
    ties: PageRange,
  })
  .strict();
export type NetworkPageQuery = z.input<typeof NetworkPageQuery>;

/**
 * The asked ranges of actors and ties, with the catalogs whole. When `revision` differs from
 * the one asked for, the project changed and the backend no longer held the old state: the
 * pages read before belong to another network and must be read again.
 */
export const NetworkPage = NetworkSnapshot.extend({
  revision: z.string(),
  totals: z.object({ actors: z.number().int().min(0), ties: z.number().int().min(0) }),
});
export type NetworkPage = z.infer<typeof NetworkPage>;
