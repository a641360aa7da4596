import { prepareSnapshot, type PreparedSnapshot } from '../../shared/analysis/prepare-snapshot.ts';
import type { NetworkSnapshot } from '../../shared/api/network.ts';
import type { Adjacency } from '../../shared/graph/adjacency.ts';
import type { PathTotals } from '../../shared/graph/shortest-path-totals.ts';
import { analyzePrepared } from '../../shared/metrics/analyze.ts';
import { MeasureError } from '../../shared/metrics/measure-error.ts';
import {
  measureWithoutActor,
  preparedWithoutActor,
  reducedNetwork,
  type ReducedNetwork,
} from '../../shared/metrics/without-actor.ts';
import type { AnalysisPhase, AnalysisResponse, AnalysisSettings } from './analysis-messages.ts';

export interface AnalysisJob {
  task: 'analyze' | 'withoutActor';
  id: number;
  snapshot: NetworkSnapshot;
  settings: AnalysisSettings;
  groups: Record<string, string[]>;
  actor?: string;
}

/**
 * The shortest-path pass computed elsewhere (nested workers) for this adjacency, or undefined
 * to let the engine run it in this thread.
 */
export type PathPass = (adjacency: Adjacency) => Promise<PathTotals | undefined>;

/**
 * One job of the analysis worker, as a plain function so it can be tested without a worker:
 * build the graph the settings describe, then measure it, reporting each phase.
 * A MeasureError becomes a translatable `failed` answer; anything else is a bug and is thrown.
 */
export function runAnalysisJob(
  job: AnalysisJob,
  report: (phase: AnalysisPhase) => void,
): AnalysisResponse {
  return answerOrFailure(job, () => {
    const built = buildJobNetwork(job, report);
    return job.task === 'withoutActor'
      ? compareWithoutActor(job, built, report)
      : measure(job, built, report);
  });
}

/**
 * runAnalysisJob with the shortest-path pass handed to `pathPass` (the analysis worker's
 * nested workers); the answer is the same.
 */
export async function runAnalysisJobWith(
  job: AnalysisJob,
  report: (phase: AnalysisPhase) => void,
  pathPass: PathPass,
): Promise<AnalysisResponse> {
  let built: PreparedSnapshot;
  try {
    built = buildJobNetwork(job, report);
  } catch (error) {
    return failureOf(job, error);
  }
  if (job.task === 'withoutActor') return compareWithoutActorWith(job, built, report, pathPass);
  report('measuring');
  const pathTotals = await pathPass(built.prepared.adjacency);
  return answerOrFailure(job, () => measure(job, built, () => undefined, pathTotals));
}

function buildJobNetwork(job: AnalysisJob, report: (phase: AnalysisPhase) => void) {
  report('building');
  // Straight to the compact adjacency: a graphology graph on the way would cost more than
  // most measures on a large network.
  return prepareSnapshot(job.snapshot, {
    statuses: job.settings.includePotential ? ['existing', 'potential'] : ['existing'],
    at: job.settings.at,
    direction: job.settings.direction,
    weighted: job.settings.weighted,
    groups: job.groups,
  });
}

function compareWithoutActor(
  job: AnalysisJob,
  { prepared, selection }: PreparedSnapshot,
  report: (phase: AnalysisPhase) => void,
): AnalysisResponse {
  report('comparing');
  const result = preparedWithoutActor(prepared, job.actor ?? '');
  return { kind: 'withoutActor', id: job.id, selection, result };
}

/**
 * The without-actor comparison with both networks' shortest-path passes (most of its time on a
 * large network) handed to `pathPass`, one after the other.
 */
async function compareWithoutActorWith(
  job: AnalysisJob,
  { prepared, selection }: PreparedSnapshot,
  report: (phase: AnalysisPhase) => void,
  pathPass: PathPass,
): Promise<AnalysisResponse> {
  report('comparing');
  const actor = job.actor ?? '';
  let reduced: ReducedNetwork;
  try {
    reduced = reducedNetwork(prepared, actor);
  } catch (error) {
    return failureOf(job, error);
  }
  const whole = await pathPass(prepared.adjacency);
  const without = await pathPass(reduced.adjacency);
  return answerOrFailure(job, () => ({
    kind: 'withoutActor',
    id: job.id,
    selection,
    result: measureWithoutActor(prepared, reduced, actor, {
      ...(whole ? { whole } : {}),
      ...(without ? { without } : {}),
    }),
  }));
}

function measure(
  job: AnalysisJob,
  { prepared, selection }: PreparedSnapshot,
  report: (phase: AnalysisPhase) => void,
  pathTotals?: PathTotals,
): AnalysisResponse {
  report('measuring');
  const analysis = analyzePrepared(prepared, {
    weight: selection.weight,
    ...(pathTotals ? { pathTotals } : {}),
  });
  return { kind: 'analysis', id: job.id, selection, analysis };
}

function answerOrFailure(job: AnalysisJob, answer: () => AnalysisResponse): AnalysisResponse {
  try {
    return answer();
  } catch (error) {
    return failureOf(job, error);
  }
}

/** A MeasureError as a translatable answer; anything else is a bug and is thrown again. */
function failureOf(job: AnalysisJob, error: unknown): AnalysisResponse {
  if (error instanceof MeasureError) {
    return { kind: 'failed', id: job.id, error: { code: error.code, params: error.params } };
  }
  throw error;
}
