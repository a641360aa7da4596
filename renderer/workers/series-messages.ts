import { z } from 'zod';
import { Actor } from '../../shared/domain/actor.ts';
import { Sector, TieType } from '../../shared/domain/catalog.ts';
import { Event, Participation } from '../../shared/domain/event.ts';
import { Group, GroupMember } from '../../shared/domain/group.ts';
import { Tie } from '../../shared/domain/tie.ts';
import { Wave } from '../../shared/domain/wave.ts';
import { SERIES_MEASURES } from '../../shared/temporal/series-measures.ts';
import {
  CompareResult,
  ConvenerResult,
  Day,
  MeetingResult,
  PeriodSchema,
  SeriesErrorDetails,
  SeriesResult,
} from './series-schemas.ts';

/** Everything time analysis reads (TimelineData), as it crosses into the worker. */
export const TimelinePayload = z.object({
  actors: z.array(Actor),
  ties: z.array(Tie),
  sectors: z.array(Sector),
  tieTypes: z.array(TieType),
  members: z.array(GroupMember),
  groups: z.array(Group),
  events: z.array(Event),
  participation: z.array(Participation),
  waves: z.array(Wave),
});

const SeriesMeasureName = z.enum(SERIES_MEASURES as [string, ...string[]]);

const JobFields = { id: z.number().int(), data: TimelinePayload };

/** Renderer → worker: one of the Over time screen's computations. */
export const SeriesRequest = z.discriminatedUnion('task', [
  z
    .object({
      task: z.literal('series'),
      ...JobFields,
      periods: z.array(PeriodSchema).max(1000),
      measures: z.array(SeriesMeasureName),
      snapshot: z.enum(['start', 'period']),
    })
    .strict(),
  z.object({ task: z.literal('compare'), ...JobFields, before: Day, after: Day }).strict(),
  z
    .object({
      task: z.literal('convener'),
      ...JobFields,
      actor: z.string(),
      dates: z.array(Day).max(10),
    })
    .strict(),
  z
    .object({
      task: z.literal('meeting'),
      ...JobFields,
      windows: z.array(z.number().int().min(1).max(120)).max(4),
    })
    .strict(),
]);
export type SeriesRequest = z.input<typeof SeriesRequest>;
export type SeriesTask = SeriesRequest['task'];

/** Worker → renderer: progress (periods measured so far), then one answer. */
export const SeriesResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), id: z.number(), done: z.number(), total: z.number() }),
  z.object({ kind: z.literal('series'), id: z.number(), result: SeriesResult }),
  z.object({ kind: z.literal('compare'), id: z.number(), result: CompareResult }),
  z.object({ kind: z.literal('convener'), id: z.number(), result: ConvenerResult }),
  z.object({ kind: z.literal('meeting'), id: z.number(), result: MeetingResult }),
  z.object({ kind: z.literal('failed'), id: z.number(), error: SeriesErrorDetails }),
]);
export type SeriesResponse = z.infer<typeof SeriesResponse>;
