import { z } from 'zod';
import { ActorId, CatalogKey } from './ids.ts';
import { Attributes, FreeText, Label } from './text.ts';

export const ActorKind = z.enum(['organisation', 'person']);
export type ActorKind = z.infer<typeof ActorKind>;

/** An organisation or person of the local system. `sector` is null when not yet known. */
export const Actor = z.object({
  id: ActorId,
  name: Label,
  sector: CatalogKey.nullable(),
  kind: ActorKind,
  region: z.string().trim().max(200).nullable(),
  attributes: Attributes,
  notes: FreeText,
});
export type Actor = z.infer<typeof Actor>;

/** What a client sends to create or edit an actor; a missing id asks the backend for a new one. */
export const ActorDraft = Actor.extend({
  id: ActorId.optional(),
  region: Actor.shape.region.default(null),
  attributes: Attributes.default({}),
  notes: FreeText.default(''),
  kind: ActorKind.default('organisation'),
});
export type ActorDraft = z.input<typeof ActorDraft>;

/** Another name of an actor, kept when a merge folded an actor of that name into it. */
export const ActorAlias = z.object({ actorId: ActorId, alias: z.string().min(1) });
export type ActorAlias = z.infer<typeof ActorAlias>;
