import { z } from 'zod';
import { IsoDate } from './dates.ts';
import { ActorId, EventId, GroupId } from './ids.ts';
import { FreeText, Label } from './text.ts';

const endNotBeforeStart = {
  check: (event: { start: string; end: string | null }) =>
    event.end === null || event.start <= event.end,
  issue: { message: 'The end date must not be before the start date', path: ['end'] },
};

/** A learning-community meeting, workshop or study tour: one side of the two-mode data. */
export const Event = z
  .object({
    id: EventId,
    name: Label,
    start: IsoDate,
    end: IsoDate.nullable(),
    place: z.string().trim().max(300),
    groupId: GroupId.nullable(),
    description: FreeText,
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.issue);
export type Event = z.infer<typeof Event>;

export const EventDraft = z
  .object({
    id: EventId.optional(),
    name: Label,
    start: IsoDate,
    end: IsoDate.nullable().default(null),
    place: z.string().trim().max(300).default(''),
    groupId: GroupId.nullable().default(null),
    description: FreeText.default(''),
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.issue);
export type EventDraft = z.input<typeof EventDraft>;

/** One actor attending one event. */
export const Participation = z.object({
  eventId: EventId,
  actorId: ActorId,
  role: z.string().trim().max(100),
});
export type Participation = z.infer<typeof Participation>;
