import { prepareSnapshot } from '../../shared/analysis/prepare-snapshot.ts';
import type { NetworkSnapshot } from '../../shared/api/network.ts';
import { analyzePrepared } from '../../shared/metrics/analyze.ts';
import { MeasureError } from '../../shared/metrics/measure-error.ts';
import { preparedWithoutActor } from '../../shared/metrics/without-actor.ts';
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
 * One job of the analysis worker, as a plain function so it can be tested without a worker:
 * build the graph the settings describe, then measure it, reporting each phase.
 * A MeasureError becomes a translatable `failed` answer; anything else is a bug and is thrown.
 */
export function runAnalysisJob(
  job: AnalysisJob,
  report: (phase: AnalysisPhase) => void,
): AnalysisResponse {
  try {
    report('building');
    // Straight to the compact adjacency: a graphology graph on the way would cost more than
    // most measures on a large network.
    const { prepared, selection } = prepareSnapshot(job.snapshot, {
      statuses: job.settings.includePotential ? ['existing', 'potential'] : ['existing'],
      at: job.settings.at,
      direction: job.settings.direction,
      weighted: job.settings.weighted,
      groups: job.groups,
    });
    if (job.task === 'withoutActor') {
      report('comparing');
      const result = preparedWithoutActor(prepared, job.actor ?? '');
      return { kind: 'withoutActor', id: job.id, selection, result };
    }
    report('measuring');
    const analysis = analyzePrepared(prepared, { weight: selection.weight });
    return { kind: 'analysis', id: job.id, selection, analysis };
  } catch (error) {
    if (error instanceof MeasureError) {
      return { kind: 'failed', id: job.id, error: { code: error.code, params: error.params } };
    }
    throw error;
  }
}
