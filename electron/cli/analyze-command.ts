import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildAnalysisReport,
  buildWithoutReport,
  REPORT_MEASURES,
  reportNodeTable,
  withoutTable,
  type AnalysisReport,
  type ReportMeasure,
} from '../../shared/analysis/analysis-report.ts';
import { findActor } from '../../shared/analysis/find-actor.ts';
import { isIsoDate } from '../../shared/domain/dates.ts';
import { joinCsvChunks, tableCsvChunks } from '../../shared/formats/csv/write-csv.ts';
import { problemMessage } from '../../shared/i18n/problem-text.ts';
import {
  analyzePrepared,
  type Analysis,
  type PreparedNetwork,
} from '../../shared/metrics/analyze.ts';
import { MeasureError } from '../../shared/metrics/measure-error.ts';
import { measureNetwork } from '../../shared/metrics/measure-network.ts';
import { createRandom } from '../../shared/metrics/random.ts';
import {
  compareWithout,
  reducedNetwork,
  type WithoutActor,
} from '../../shared/metrics/without-actor.ts';
import { loadAnalyzeInput, type LoadedNetwork } from './analyze-input.ts';
import type { CliContext } from './cli-context.ts';
import { CliRefusal, readNameList, refusalExitCode, usage } from './cli-input.ts';
import { threadedPathTotals } from './path-threads.ts';

const PATH_MEASURES: readonly ReportMeasure[] = [
  'betweenness',
  'betweenness_normalized',
  'closeness',
  'harmonic',
  'diameter',
  'average_path_length',
];

/**
 * `tejido analyze INPUT | --nodes FILE --ties FILE [--directed|--undirected] [--weight NAME]
 * [--at DATE] [--relation NAME] [--without ACTOR] [--measures LIST] [--format json|csv]
 * [--out FILE]`: the Measures screen's numbers for a project or a network file, with their
 * definitions, and with `--without` the network measures without one actor (convener
 * dependence).
 */
export async function analyzeCommand(args: string[], cli: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      directed: { type: 'boolean', default: false },
      undirected: { type: 'boolean', default: false },
      weight: { type: 'string' },
      at: { type: 'string' },
      measures: { type: 'string' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      nodes: { type: 'string' },
      ties: { type: 'string' },
      relation: { type: 'string' },
      without: { type: 'string' },
    },
  });
  try {
    const format = values.format;
    if (format !== 'json' && format !== 'csv') throw usage('badFormat', { format });
    if (values.directed && values.undirected) throw usage('bothDirections');
    const at = values.at ?? null;
    if (at !== null && !isIsoDate(at)) throw usage('badDate', { date: at });
    const only = readNameList(values.measures, REPORT_MEASURES);
    if (positionals.length > 1) throw usage('oneInput');
    const loaded = await loadAnalyzeInput(
      { file: positionals[0], nodes: values.nodes, ties: values.ties },
      {
        at,
        direction: values.directed ? 'directed' : values.undirected ? 'undirected' : undefined,
        weight: values.weight ?? null,
        relation: values.relation ?? null,
      },
    );
    for (const problem of loaded.leftOut) {
      const { key, params } = problemMessage(problem);
      cli.error(cli.t('cli.analyze.leftOut', { message: cli.t(key, params) }));
    }
    const { prepared, selection } = loaded;
    // Named before the long part, so a mistyped name is refused at once.
    const without = values.without === undefined ? null : chosenActor(values.without, loaded);
    // The shortest-path pass (most of the time on a large network) over all cores.
    const pathTotals = await threadedPathTotals(prepared.adjacency);
    const analysis = analyzePrepared(prepared, {
      weight: selection.weight,
      ...(pathTotals ? { pathTotals } : {}),
    });
    refuseNonPositiveWeights(analysis.definitions.measures, only);
    const report = buildAnalysisReport(analysis, selection, loaded.labels, only);
    if (without !== null) {
      report.without_actor = buildWithoutReport(
        await measureWithout(prepared, without, analysis),
        loaded.labels.get(without) ?? without,
        only,
      );
    }
    const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : csvOf(report);
    if (values.out) writeFileSync(resolve(values.out), text);
    else process.stdout.write(text);
    return 0;
  } catch (error) {
    const refused = refusalExitCode(error, cli, 'analyze');
    if (refused !== null) return refused;
    if (error instanceof MeasureError) {
      cli.error(cli.t(`measures.errors.${error.code.replace('measure.', '')}`, error.params));
      return 1;
    }
    throw error;
  }
}

/**
 * The CSV: one row per actor; with `--without`, the comparison instead (one row per network
 * measure: whole network, without the actor, difference), the table a report quotes.
 */
function csvOf(report: AnalysisReport): string {
  const { columns, rows } = report.without_actor
    ? withoutTable(report.network, report.without_actor)
    : reportNodeTable(report);
  return joinCsvChunks(tableCsvChunks(columns, rows));
}

/** The actor `--without` names, by id or name; refuses none or several. */
function chosenActor(query: string, loaded: LoadedNetwork): string {
  const match = findActor(query, loaded.prepared.adjacency.ids, loaded.labels);
  if (match.found === 'one') return match.id;
  if (match.found === 'none') throw usage('unknownActor', { actor: query });
  const ids = match.ids.map((id) => `${id} (${loaded.labels.get(id) ?? id})`).join(', ');
  throw usage('severalActors', { actor: query, ids });
}

/**
 * The network measures without the actor, against the whole network's (the analysis just
 * run, same definitions and Louvain seed as the Measures screen), with the reduced network's
 * shortest-path pass over all cores as for the whole one.
 */
async function measureWithout(
  prepared: PreparedNetwork,
  actor: string,
  analysis: Analysis,
): Promise<WithoutActor> {
  const reduced = reducedNetwork(prepared, actor);
  const pathTotals = await threadedPathTotals(reduced.adjacency);
  const without = measureNetwork(reduced.adjacency, {
    sectors: reduced.sectors,
    random: createRandom(1),
    ...(pathTotals ? { pathTotals } : {}),
  }).network;
  return compareWithout(actor, analysis.network, without);
}

/** Path measures read weights as distances (1 / weight): refuse zero or negative ones. */
function refuseNonPositiveWeights(
  measures: Analysis['definitions']['measures'],
  only: readonly ReportMeasure[] | null,
): void {
  const missing = measures.betweenness.unavailable;
  const asked = only === null || only.some((name) => PATH_MEASURES.includes(name));
  if (asked && missing?.code === 'measure.weightNotPositive') {
    throw new CliRefusal('negativeWeight', missing.params);
  }
}
