import { z } from 'zod';
import { IsoDate } from './dates.ts';
import { ActorId, GroupId } from './ids.ts';
import { FreeText, Label } from './text.ts';

export const GroupKind = z.enum(['learning_community', 'tier', 'other']);
export type GroupKind = z.infer<typeof GroupKind>;

/** A learning community, a tier of a programme, or any named set of actors. */
export const Group = z.object({
  id: GroupId,
  name: Label,
  kind: GroupKind,
  description: FreeText,
});
export type Group = z.infer<typeof Group>;

export const GroupDraft = Group.extend({
  id: GroupId.optional(),
  kind: GroupKind.default('learning_community'),
  description: FreeText.default(''),
});
export type GroupDraft = z.input<typeof GroupDraft>;

/** Membership with dates: an actor can join late or leave. Dates follow spells: [joined, left). */
export const GroupMember = z
  .object({
    groupId: GroupId,
    actorId: ActorId,
    joined: IsoDate.nullable(),
    left: IsoDate.nullable(),
  })
  .refine((m) => m.joined === null || m.left === null || m.joined < m.left, {
    message: 'The leaving date must be after the joining date',
    path: ['left'],
  });
export type GroupMember = z.infer<typeof GroupMember>;
