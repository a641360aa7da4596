import { z } from 'zod';
import { CatalogKey } from './ids.ts';
import { HexColour, Label } from './text.ts';

/** A sector of the local system (CSO, government, donor…), with its name in both languages. */
export const Sector = z.object({
  key: CatalogKey,
  labelEs: Label,
  labelEn: Label,
  colour: HexColour,
  position: z.number().int().min(0).max(10_000),
});
export type Sector = z.infer<typeof Sector>;

/** A kind of tie (collaboration, funding…). Directed types draw arrows and count in/out degree. */
export const TieType = z.object({
  key: CatalogKey,
  labelEs: Label,
  labelEn: Label,
  directed: z.boolean(),
  colour: HexColour,
  position: z.number().int().min(0).max(10_000),
});
export type TieType = z.infer<typeof TieType>;
