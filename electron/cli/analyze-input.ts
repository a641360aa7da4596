import { extname, resolve } from 'node:path';
import { dateRange, isWithinDates } from '../../shared/analysis/date-range.ts';
import type { DirectionChoice, GraphSelection } from '../../shared/analysis/graph-selection.ts';
import { groupsAt } from '../../shared/analysis/groups-at.ts';
import { prepareParsed, type ParsedWeight } from '../../shared/analysis/prepare-parsed.ts';
import { prepareSnapshot } from '../../shared/analysis/prepare-snapshot.ts';
import type { TieType } from '../../shared/domain/catalog.ts';
import { recogniseTieColumns } from '../../shared/formats/csv/column-roles.ts';
import { readNetworkCsv } from '../../shared/formats/csv/read-network-csv.ts';
import { readDl } from '../../shared/formats/dl/read-dl.ts';
import { readGexf } from '../../shared/formats/gexf/read-gexf.ts';
import { readGraphml } from '../../shared/formats/graphml/read-graphml.ts';
import { readPajek } from '../../shared/formats/pajek/read-pajek.ts';
import { readWorkbook } from '../../shared/formats/xlsx/read-workbook.ts';
import type { ImportProblem, ParsedNetwork } from '../../shared/formats/parsed-network.ts';
import { decodeText } from '../../shared/formats/text/decode-text.ts';
import type { PreparedNetwork } from '../../shared/metrics/analyze.ts';
import { listActors } from '../backend/store/actors-store.ts';
import { listSectors, listTieTypes } from '../backend/store/catalog-store.ts';
import { listGroups } from '../backend/store/groups-store.ts';
import { listTies } from '../backend/store/ties-store.ts';
import { CliRefusal, readBytes, readProject, UnreadableInput, usage } from './cli-input.ts';

/**
 * What `tejido analyze` reads: a project, one network file (GEXF, GraphML, Pajek, UCINET DL,
 * Excel workbook), or a nodes + ties CSV pair.
 */
export interface AnalyzeInput {
  file: string | undefined;
  nodes: string | undefined;
  ties: string | undefined;
}

export interface AnalyzeChoices {
  at: string | null;
  direction: DirectionChoice | undefined;
  weight: string | null;
  /** The relation (file) or tie types (project) to analyse; null = the only one, or all. */
  relation: string | null;
}

export interface LoadedNetwork {
  /** Rows the reader left out (errors with a row): reported, not silently dropped. */
  leftOut: ImportProblem[];
  selection: GraphSelection;
  /** The network in the engine's compact form, groups included. */
  prepared: PreparedNetwork;
  labels: Map<string, string>;
}

/** Network files by extension, each with its reader. */
const READERS: Record<string, (text: string, file: string) => ParsedNetwork> = {
  '.gexf': readGexf,
  '.graphml': readGraphml,
  '.xml': readGraphml,
  '.net': readPajek,
  '.paj': readPajek,
  '.dl': readDl,
};

/**
 * Reads the input into the engine's compact form, as chosen: refuses (CliRefusal) usage
 * mistakes, a date outside the data, a missing weight or relation; throws UnreadableInput
 * when the file cannot be read as a network at all.
 */
export async function loadAnalyzeInput(
  input: AnalyzeInput,
  choices: AnalyzeChoices,
): Promise<LoadedNetwork> {
  const { file, nodes, ties } = input;
  if (file !== undefined && (nodes || ties)) throw usage('inputAndTables');
  if (file === undefined) {
    if (!ties && !nodes) throw usage('noInput');
    return fromParsed(await readCsvPair(nodes, ties), choices);
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.tejido') return fromProject(resolve(file), choices);
  // Workbooks: Kumu's Elements/Connections, a labelled adjacency matrix, or actors and ties
  // sheets found by their headers, as the Import screen reads them.
  if (extension === '.xlsx')
    return fromParsed(await readWorkbook(readBytes(file), { file }), choices);
  const reader = READERS[extension];
  if (!reader) throw usage('unknownFormat', { file });
  return fromParsed(reader(decodeText(readBytes(file)).text, file), choices);
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

function fromParsed(read: ParsedNetwork, choices: AnalyzeChoices): LoadedNetwork {
  const errors = read.problems.filter((problem) => problem.severity === 'error');
  // A file-level error, or errors and nothing read at all (XML that does not parse).
  const nothingRead = read.actors.length === 0 && read.ties.length === 0;
  const fatal = errors.find((problem) => problem.place.row === undefined || nothingRead);
  if (fatal) throw new UnreadableInput(fatal);
  const network = withRelation(read, choices.relation);
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

/**
 * Only the chosen relation's ties of a file holding several (Pajek `*Arcs :2 "Business"`,
 * UCINET DL levels); mixing them would sum unlike ties into one weight, so a file with
 * several refuses to be read without a choice. Names match without regard to case.
 */
function withRelation(network: ParsedNetwork, relation: string | null): ParsedNetwork {
  const relations = network.relations.join(', ') || '–';
  if (relation === null) {
    if (network.relations.length > 1) throw usage('chooseRelation', { relations });
    return network;
  }
  const chosen = network.relations.find((name) => name.toLowerCase() === relation.toLowerCase());
  if (chosen === undefined) throw usage('unknownRelation', { relation, relations });
  return { ...network, ties: network.ties.filter((tie) => tie.relation === chosen) };
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

function fromProject(path: string, choices: AnalyzeChoices): LoadedNetwork {
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
      tieTypes: projectTieTypes(snapshot.tieTypes, choices.relation),
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

/**
 * In a project, `--relation` names tie types, comma-separated, by key or by their Spanish or
 * English label (case aside): the keys of those types, or null for every type.
 */
function projectTieTypes(types: readonly TieType[], relation: string | null): string[] | null {
  if (relation === null) return null;
  const names = relation
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const relations = types.map(describeType).join(', ') || '–';
  return names.map((name) => {
    const type = types.find((candidate) =>
      [candidate.key, candidate.labelEs, candidate.labelEn].some(
        (label) => label.toLowerCase() === name.toLowerCase(),
      ),
    );
    if (type === undefined) throw usage('unknownRelation', { relation: name, relations });
    return type.key;
  });
}

function describeType(type: TieType): string {
  const labels = type.labelEs === type.labelEn ? type.labelEn : `${type.labelEn} / ${type.labelEs}`;
  return `${type.key} (${labels})`;
}
