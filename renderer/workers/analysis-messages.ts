import { z } from 'zod';
import { NetworkSnapshot } from '../../shared/api/network.ts';
import { IsoDate } from '../../shared/domain/dates.ts';
import { AnalysisResult, ErrorDetails, Selection, WithoutActorResult } from './analysis-schemas.ts';

/** What the Measures screen chooses: the day, and how ties are read. */
export const AnalysisSettings = z
  .object({
    /** null = every tie whatever its dates. */
    at: IsoDate.nullable(),
    includePotential: z.boolean(),
    /** Used only when the network mixes directed and undirected tie types. */
    direction: z.enum(['directed', 'undirected']),
    weighted: z.boolean(),
  })
  .strict();
export type AnalysisSettings = z.infer<typeof AnalysisSettings>;

const JobFields = {
  id: z.number().int(),
  snapshot: NetworkSnapshot,
  settings: AnalysisSettings,
  /** Learning communities on the day: group id → member actor ids. */
  groups: z.record(z.string(), z.array(z.string())),
};

/** Renderer → worker. */
export const AnalysisRequest = z.discriminatedUnion('task', [
  z.object({ task: z.literal('analyze'), ...JobFields }).strict(),
  z.object({ task: z.literal('withoutActor'), actor: z.string(), ...JobFields }).strict(),
]);
export type AnalysisRequest = z.input<typeof AnalysisRequest>;
export type AnalysisTask = AnalysisRequest['task'];

export const AnalysisPhase = z.enum(['building', 'measuring', 'comparing']);
export type AnalysisPhase = z.infer<typeof AnalysisPhase>;

/** Worker → renderer: progress by phase, then one answer. */
export const AnalysisResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), id: z.number(), phase: AnalysisPhase }),
  z.object({
    kind: z.literal('analysis'),
    id: z.number(),
    selection: Selection,
    analysis: AnalysisResult,
  }),
  z.object({
    kind: z.literal('withoutActor'),
    id: z.number(),
    selection: Selection,
    result: WithoutActorResult,
  }),
  z.object({ kind: z.literal('failed'), id: z.number(), error: ErrorDetails }),
]);
export type AnalysisResponse = z.infer<typeof AnalysisResponse>;
