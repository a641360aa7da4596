import { buildGraph } from '../../shared/analysis/build-graph.ts';
import type { NetworkSnapshot } from '../../shared/api/network.ts';
import { analyze } from '../../shared/metrics/analyze.ts';
import { MeasureError } from '../../shared/metrics/measure-error.ts';
import { analyzeWithoutActor } from '../../shared/metrics/without-actor.ts';
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
    const { graph, selection } = buildGraph(job.snapshot, {
      statuses: job.settings.includePotential ? ['existing', 'potential'] : ['existing'],
      at: job.settings.at,
      direction: job.settings.direction,
      weighted: job.settings.weighted,
    });
    const options = { directed: selection.directed, weight: selection.weight, groups: job.groups };
    if (job.task === 'withoutActor') {
      report('comparing');
      const result = analyzeWithoutActor(graph, job.actor ?? '', options);
      return { kind: 'withoutActor', id: job.id, selection, result };
    }
    report('measuring');
    return { kind: 'analysis', id: job.id, selection, analysis: analyze(graph, options) };
  } catch (error) {
    if (error instanceof MeasureError) {
      return { kind: 'failed', id: job.id, error: { code: error.code, params: error.params } };
    }
    throw error;
  }
}
