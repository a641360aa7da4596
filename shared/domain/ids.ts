import { z } from 'zod';

/**
 * Ids are text because imported files bring their own ("12", "n0", "Red Mujeres"), and
 * they must come back exactly as written. Branded so an actor id cannot be passed as a tie id.
 */
const idText = z
  .string()
  .trim()
  .min(1, { message: 'Must not be empty' })
  .max(200, { message: 'At most 200 characters' });

export const ActorId = idText.brand<'ActorId'>();
export type ActorId = z.infer<typeof ActorId>;

export const TieId = idText.brand<'TieId'>();
export type TieId = z.infer<typeof TieId>;

export const GroupId = idText.brand<'GroupId'>();
export type GroupId = z.infer<typeof GroupId>;

export const EventId = idText.brand<'EventId'>();
export type EventId = z.infer<typeof EventId>;

export const WaveId = idText.brand<'WaveId'>();
export type WaveId = z.infer<typeof WaveId>;

/** Keys of sectors and tie types: short, stable, safe in CSV headers and CSS classes. */
export const CatalogKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, {
  message: 'Use lower-case letters, digits and _ (up to 40), starting with a letter',
});
export type CatalogKey = z.infer<typeof CatalogKey>;

export const WorkshopId = idText.brand<'WorkshopId'>();
export type WorkshopId = z.infer<typeof WorkshopId>;
