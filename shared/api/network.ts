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
