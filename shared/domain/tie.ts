import { z } from 'zod';
import { ActorId, CatalogKey, TieId } from './ids.ts';
import { Spells } from './spell.ts';
import { Attributes, FreeText } from './text.ts';

export const TieStatus = z.enum(['existing', 'potential']);
export type TieStatus = z.infer<typeof TieStatus>;

/** Where we know a tie from: a survey answer, a workshop, an event, a document. */
export const Evidence = z.enum(['survey', 'workshop', 'event', 'document', 'other']);
export type Evidence = z.infer<typeof Evidence>;

const TieFields = z.object({
  id: TieId,
  source: ActorId,
  target: ActorId,
  type: CatalogKey,
  /** Finite; may be negative because signed networks exist (Pajek files carry them). */
  weight: z.number().finite(),
  status: TieStatus,
  spells: Spells,
  evidence: Evidence.nullable(),
  note: FreeText,
  attributes: Attributes,
});

/**
 * Self-loops are allowed: real data has them (EIES messages sent to oneself, Pajek loops),
 * and imports must keep every tie they count. Measures decide how to treat them.
 */
export const Tie = TieFields;
export type Tie = z.infer<typeof Tie>;

export const TieDraft = TieFields.extend({
  id: TieId.optional(),
  weight: TieFields.shape.weight.default(1),
  status: TieStatus.default('existing'),
  spells: Spells.default([]),
  evidence: Evidence.nullable().default(null),
  note: FreeText.default(''),
  attributes: Attributes.default({}),
});
export type TieDraft = z.input<typeof TieDraft>;
