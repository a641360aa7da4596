import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildAnalysisReport,
  REPORT_MEASURES,
  reportNodeTable,
  type ReportMeasure,
} from '../../shared/analysis/analysis-report.ts';
import { dateRange, isWithinDates } from '../../shared/analysis/date-range.ts';
import type { DirectionChoice, GraphSelection } from '../../shared/analysis/graph-selection.ts';
import { groupsAt } from '../../shared/analysis/groups-at.ts';
import { prepareParsed, type ParsedWeight } from '../../shared/analysis/prepare-parsed.ts';
import { prepareSnapshot } from '../../shared/analysis/prepare-snapshot.ts';
import { isIsoDate } from '../../shared/domain/dates.ts';
import { recogniseTieColumns } from '../../shared/formats/csv/column-roles.ts';
import { readNetworkCsv } from '../../shared/formats/csv/read-network-csv.ts';
import { joinCsvChunks, tableCsvChunks } from '../../shared/formats/csv/write-csv.ts';
import { readGexf } from '../../shared/formats/gexf/read-gexf.ts';
import { readGraphml } from '../../shared/formats/graphml/read-graphml.ts';
import type { ImportProblem, ParsedNetwork } from '../../shared/formats/parsed-network.ts';
import { decodeText } from '../../shared/formats/text/decode-text.ts';
import { problemMessage } from '../../shared/i18n/problem-text.ts';
import {
  analyzePrepared,
  type Analysis,
  type PreparedNetwork,
} from '../../shared/metrics/analyze.ts';
import { MeasureError } from '../../shared/metrics/measure-error.ts';
import { listActors } from '../backend/store/actors-store.ts';
import { listSectors, listTieTypes } from '../backend/store/catalog-store.ts';
import { listGroups } from '../backend/store/groups-store.ts';
import { listTies } from '../backend/store/ties-store.ts';
import type { CliContext } from './cli-context.ts';
import {
  CliRefusal,
  readBytes,
  readNameList,
  readProject,
  refusalExitCode,
  UnreadableInput,
  usage,
} from './cli-input.ts';
import { threadedPathTotals } from './path-threads.ts';

interface Loaded {
  /** Rows the reader left out (errors with a row): reported, not silently dropped. */
  leftOut: ImportProblem[];
  selection: GraphSelection;
  /** The network in the engine's compact form, groups included. */
  prepared: PreparedNetwork;
  labels: Map<string, string>;
}

interface Choices {
  at: string | null;
  direction: DirectionChoice | undefined;
  weight: string | null;
}

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
 * [--at DATE] [--measures LIST] [--format json|csv] [--out FILE]`: the Measures screen's
 * numbers for a project or a network file, with their definitions.
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
    },
  });
  try {
    const format = values.format;
    if (format !== 'json' && format !== 'csv') throw usage('badFormat', { format });
    if (values.directed && values.undirected) throw usage('bothDirections');
    const at = values.at ?? null;
    if (at !== null && !isIsoDate(at)) throw usage('badDate', { date: at });
    const only = readNameList(values.measures, REPORT_MEASURES);
    const choices: Choices = {
      at,
      direction: values.directed ? 'directed' : values.undirected ? 'undirected' : undefined,
      weight: values.weight ?? null,
    };
    const loaded = await loadInput(positionals, values.nodes, values.ties, choices);
    for (const problem of loaded.leftOut) {
      const { key, params } = problemMessage(problem);
      cli.error(cli.t('cli.analyze.leftOut', { message: cli.t(key, params) }));
    }
    const { prepared, selection } = loaded;
    // The shortest-path pass (most of the time on a large network) over all cores.
    const pathTotals = await threadedPathTotals(prepared.adjacency);
    const analysis = analyzePrepared(prepared, {
      weight: selection.weight,
      ...(pathTotals ? { pathTotals } : {}),
    });
    refuseNonPositiveWeights(analysis.definitions.measures, only);
    const report = buildAnalysisReport(analysis, selection, loaded.labels, only);
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : joinCsvChunks(
            tableCsvChunks(reportNodeTable(report).columns, reportNodeTable(report).rows),
          );
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

async function loadInput(
  positionals: string[],
  nodes: string | undefined,
  ties: string | undefined,
  choices: Choices,
): Promise<Loaded> {
  if (positionals.length > 1) throw usage('oneInput');
  const input = positionals[0];
  if (input !== undefined && (nodes || ties)) throw usage('inputAndTables');
  if (input === undefined) {
    if (!ties && !nodes) throw usage('noInput');
    return fromParsed(await readCsvPair(nodes, ties), choices);
  }
  const extension = extname(input).toLowerCase();
  if (extension === '.tejido') return fromProject(resolve(input), choices);
  const text = decodeText(readBytes(input)).text;
  if (extension === '.gexf') return fromParsed(readGexf(text, input), choices);
  if (extension === '.graphml' || extension === '.xml') {
    return fromParsed(readGraphml(text, input), choices);
  }
  throw usage('unknownFormat', { file: input });
}

async function readCsvPair(nodes: string | undefined, ties: string | undefined) {
  return readNetworkCsv({
    ...(nodes ? { actors: { file: nodes, chunks: [readBytes(nodes)] } } : {}),
    ...(ties ? { ties: { file: ties, chunks: [readBytes(ties)] } } : {}),
  });
}

function checkDate(
  at: string | null,
  spells: { start: string | null; end: string | null }[],
): void {
  if (at === null) return;
  const dates = dateRange(spells);
  if (dates === null) throw new CliRefusal('noDates', { date: at });
  if (!isWithinDates(at, dates)) {
    throw dates.last === null
      ? new CliRefusal('dateBefore', { date: at, first: dates.first })
      : new CliRefusal('dateOutside', { date: at, first: dates.first, last: dates.last });
  }
}

function fromParsed(network: ParsedNetwork, choices: Choices): Loaded {
  const errors = network.problems.filter((problem) => problem.severity === 'error');
  // A file-level error, or errors and nothing read at all (XML that does not parse).
  const nothingRead = network.actors.length === 0 && network.ties.length === 0;
  const fatal = errors.find((problem) => problem.place.row === undefined || nothingRead);
  if (fatal) throw new UnreadableInput(fatal);
  checkDate(
    choices.at,
    network.ties.flatMap((tie) => tie.spells),
  );
  // Straight to the engine's compact form: a graphology graph on the way costs more than
  // most measures on a large network.
  const { prepared, selection, labels } = prepareParsed(network, {
    at: choices.at,
    ...(choices.direction ? { direction: choices.direction } : {}),
    weight: parsedWeight(network, choices.weight),
  });
  return { selection, prepared, labels, leftOut: errors };
}

/** `--weight NAME` as written in the file: a tie attribute, or the file's weight column. */
function parsedWeight(network: ParsedNetwork, name: string | null): ParsedWeight {
  if (name === null) return null;
  const keys = new Set(network.ties.flatMap((tie) => Object.keys(tie.attributes)));
  if (keys.has(name)) return { from: 'attribute', name };
  const folded = [...keys].find((key) => key.toLowerCase() === name.toLowerCase());
  if (folded !== undefined) return { from: 'attribute', name: folded };
  if (recogniseTieColumns([name]).weight === 0) return { from: 'tie' };
  throw new CliRefusal('weightMissing', { weight: name, names: [...keys].join(', ') || '–' });
}

function fromProject(path: string, choices: Choices): Loaded {
  if (choices.weight !== null && choices.weight !== 'weight') {
    throw new CliRefusal('projectWeight', { weight: choices.weight });
  }
  return readProject(path, (db) => {
    const snapshot = {
      actors: listActors(db),
      ties: listTies(db),
      sectors: listSectors(db),
      tieTypes: listTieTypes(db),
    };
    checkDate(
      choices.at,
      snapshot.ties.flatMap((tie) => tie.spells),
    );
    const { groups, members } = listGroups(db);
    const { prepared, selection } = prepareSnapshot(snapshot, {
      at: choices.at,
      ...(choices.direction ? { direction: choices.direction, forceDirection: true } : {}),
      weighted: choices.weight !== null,
      groups: groupsAt(groups, members, choices.at, 'name'),
    });
    return {
      selection,
      prepared,
      labels: new Map(snapshot.actors.map((actor) => [actor.id, actor.name])),
      leftOut: [],
    };
  });
}
