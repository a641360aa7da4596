import { z } from 'zod';
import { isIsoDate } from '../../shared/domain/dates.ts';
import { Evidence } from '../../shared/domain/tie.ts';
import type { MeasureChange } from '../../shared/temporal/before-after.ts';
import type { ConvenerDependence } from '../../shared/temporal/convener-dependence.ts';
import type { CrossSectorShare } from '../../shared/temporal/cross-sector-share.ts';
import type { MeetingTies } from '../../shared/temporal/meeting-ties.ts';
import type { MemberGains } from '../../shared/temporal/member-gains.ts';
import type { NewAlliances } from '../../shared/temporal/new-alliances.ts';
import type { Period } from '../../shared/temporal/periods.ts';
import type { SectorPairMatrix } from '../../shared/temporal/sector-pairs.ts';
import type { SectorReach } from '../../shared/temporal/sector-reach.ts';
import type { SeriesRow } from '../../shared/temporal/series.ts';

/** Results cross the worker boundary as plain data: parsed here like any other edge. */
const Measure = z.number().nullable();

/** A day as plain text (the temporal functions take unbranded strings). */
export const Day = z.string().refine(isIsoDate, { message: 'Expected YYYY-MM-DD' });

export const PeriodSchema = z.object({ label: z.string(), start: Day, end: Day.nullable() });

export const SeriesErrorDetails = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const SeriesRowSchema = z.object({
  period: PeriodSchema,
  date: z.string(),
  values: z.record(z.string(), Measure),
});

const Matrix = z.object({ sectors: z.array(z.string()), counts: z.array(z.array(z.number())) });

const NewAlliancesSchema = z.object({
  definition: z.literal('time.indicators.newAlliances'),
  total: z.number(),
  bySectorPair: z.record(z.string(), z.number()),
  alliances: z.array(
    z.object({
      tieId: z.string(),
      source: z.string(),
      target: z.string(),
      sourceSector: z.string().nullable(),
      targetSector: z.string().nullable(),
      type: z.string(),
      date: z.string(),
      evidence: Evidence.nullable(),
      note: z.string(),
    }),
  ),
});

/** One period's formations and endings, counted and by sector pair. */
const PeriodChangesSchema = z.object({
  formed: z.number(),
  ended: z.number(),
  formedMatrix: Matrix,
  endedMatrix: Matrix,
});
export type PeriodChanges = z.infer<typeof PeriodChangesSchema>;

export const SeriesResult = z.object({
  rows: z.array(SeriesRowSchema),
  changes: z.array(PeriodChangesSchema),
  alliances: z.array(NewAlliancesSchema),
});
export type SeriesResult = z.infer<typeof SeriesResult>;

const MeasureChangeSchema = z.object({
  measure: z.string(),
  before: Measure,
  after: Measure,
  change: Measure,
  relativeChange: Measure,
  direction: z.enum(['up', 'down', 'same']).nullable(),
});

const CrossSectorSchema = z.object({
  definition: z.literal('time.indicators.crossSectorShare'),
  crossSector: z.number(),
  withSectors: z.number(),
  share: Measure,
});

const SectorReachSchema = z.object({
  definition: z.literal('time.indicators.sectorReach'),
  fromSector: z.string(),
  actors: z.number(),
  bySector: z.array(z.object({ sector: z.string(), reaching: z.number(), share: Measure })),
});

const GainGroup = z.object({ actors: z.number(), tiesGained: z.number(), perActor: Measure });

const MemberGainsSchema = z.object({
  definition: z.literal('time.indicators.memberGains'),
  before: z.string(),
  after: z.string(),
  members: GainGroup,
  nonMembers: GainGroup,
});

/** Two dates compared: the before/after lists (ids), measures and the dated indicators. */
export const CompareResult = z.object({
  before: z.string(),
  after: z.string(),
  newTies: z.array(z.string()),
  endedTies: z.array(z.string()),
  newActors: z.array(z.string()),
  actorsGone: z.array(z.string()),
  measures: z.array(MeasureChangeSchema),
  crossSector: z.object({ before: CrossSectorSchema, after: CrossSectorSchema }),
  reach: z.object({ before: SectorReachSchema, after: SectorReachSchema }),
  alliances: NewAlliancesSchema,
  memberGains: MemberGainsSchema,
});
export type CompareResult = z.infer<typeof CompareResult>;

const Cohesion = z.object({
  components: z.number(),
  largestComponentShare: Measure,
  averagePathLength: Measure,
});

const ConvenerDependenceSchema = z.object({
  definition: z.literal('time.indicators.convenerDependence'),
  actor: z.string(),
  date: z.string(),
  with: Cohesion,
  without: Cohesion,
  change: z.object({
    components: Measure,
    largestComponentShare: Measure,
    averagePathLength: Measure,
  }),
});

/** Convener dependence on each date asked; null where the actor is not present that day. */
export const ConvenerResult = z.object({
  actor: z.string(),
  byDate: z.array(z.object({ date: z.string(), dependence: ConvenerDependenceSchema.nullable() })),
});
export type ConvenerResult = z.infer<typeof ConvenerResult>;

const PairShare = z.object({ pairs: z.number(), formed: z.number(), share: Measure });
const MeetingWindow = z.object({ months: z.number(), attended: PairShare, baseline: PairShare });

export const MeetingResult = z.object({
  definition: z.literal('time.indicators.meetingTies'),
  note: z.literal('time.indicators.meetingTiesNote'),
  events: z.array(
    z.object({
      eventId: z.string(),
      name: z.string(),
      date: z.string(),
      windows: z.array(MeetingWindow),
    }),
  ),
  overall: z.array(MeetingWindow),
});
export type MeetingResult = z.infer<typeof MeetingResult>;

// The schemas and shared/temporal's types must describe the same data: a drift fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchTemporal: [
  Same<z.infer<typeof PeriodSchema>, Period>,
  Same<z.infer<typeof SeriesRowSchema>, SeriesRow>,
  Same<z.infer<typeof Matrix>, SectorPairMatrix>,
  Same<z.infer<typeof NewAlliancesSchema>, NewAlliances>,
  Same<z.infer<typeof MeasureChangeSchema>, MeasureChange>,
  Same<z.infer<typeof CrossSectorSchema>, CrossSectorShare>,
  Same<z.infer<typeof SectorReachSchema>, SectorReach>,
  Same<z.infer<typeof MemberGainsSchema>, MemberGains>,
  Same<z.infer<typeof ConvenerDependenceSchema>, ConvenerDependence>,
  Same<MeetingResult, MeetingTies>,
] = [true, true, true, true, true, true, true, true, true, true];
void schemasMatchTemporal;
