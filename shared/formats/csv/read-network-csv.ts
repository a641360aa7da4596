import type { ImportProblem, ParsedActor, ParsedNetwork, ParsedTie } from '../parsed-network.ts';
import { emptyNetwork } from '../parsed-network.ts';
import type { ByteChunks } from '../text/decode-text.ts';
import type { ColumnRole, TableLayout } from './column-mapping.ts';
import type { ActorRole, ColumnMapping, TieRole } from './column-roles.ts';
import type { CsvDelimiter } from './detect-delimiter.ts';
import { readActorTable } from './read-actor-table.ts';
import type { CsvFileFacts } from './read-csv-records.ts';
import { createCsvFileFacts, readCsvRecords } from './read-csv-records.ts';
import { readTieTable } from './read-tie-table.ts';
import { commonDirection, foldRepeatedTies, resolveTieEnds } from './resolve-ties.ts';

/** One CSV file as the backend or worker hands it over: a name and its content in chunks. */
export interface CsvInput {
  file: string;
  chunks: ByteChunks;
  delimiter?: CsvDelimiter;
}

/** A table's columns as code or the user gave them; recognised from the headers otherwise. */
interface TableColumns<Role extends string> {
  mapping?: ColumnMapping<Role>;
  roles?: readonly ColumnRole[];
}

export interface NetworkCsvInput {
  /** A nodes/actors file; optional. */
  actors?: CsvInput & TableColumns<ActorRole>;
  /** An edges/ties file; optional (an actors file alone imports actors only). */
  ties?: CsvInput & TableColumns<TieRole>;
  maxFieldLength?: number;
}

/** What the wizard shows beside the result: the separators and encodings detected. */
export interface NetworkCsvFacts {
  actors: CsvFileFacts | null;
  ties: CsvFileFacts | null;
}

/**
 * Reads a nodes file and/or a ties file into one ParsedNetwork (format 'csv'). Both are
 * streamed; rows with errors are left out and named in `problems`, the rest are kept.
 */
export async function readNetworkCsv(
  input: NetworkCsvInput,
  facts: NetworkCsvFacts = { actors: null, ties: null },
): Promise<ParsedNetwork> {
  const network = emptyNetwork('csv');
  const tables: TableLayout[] = [];
  network.tables = tables;
  const report = (problem: ImportProblem): void => {
    network.problems.push(problem);
  };
  const describe = (layout: TableLayout): void => {
    tables.push(layout);
  };
  const actors = input.actors
    ? await readActorsCsv(input.actors, input.maxFieldLength, { report, describe }, (found) => {
        facts.actors = found;
      })
    : null;
  const ties = input.ties
    ? await readTiesCsv(input.ties, input.maxFieldLength, { report, describe }, (found) => {
        facts.ties = found;
      })
    : [];
  const joined = resolveTieEnds(actors, ties, report);
  network.actors = joined.actors;
  network.ties = foldRepeatedTies(joined.ties, report);
  network.directed = commonDirection(network.ties);
  return network;
}

async function readActorsCsv(
  input: CsvInput & TableColumns<ActorRole>,
  maxFieldLength: number | undefined,
  { report, describe }: Listeners,
  learn: (facts: CsvFileFacts) => void,
): Promise<ParsedActor[]> {
  const fileFacts = createCsvFileFacts();
  learn(fileFacts);
  const records = readCsvRecords(
    input.chunks,
    csvOptions(input, maxFieldLength, report),
    fileFacts,
  );
  const problems: ImportProblem[] = [];
  const actors = await readActorTable(
    records,
    { file: input.file, cellsAreCsv: true },
    {
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ...(input.roles ? { roles: input.roles } : {}),
      describe,
      report: (problem) => problems.push(problem),
    },
  );
  forwardTableProblems(problems, report);
  return actors;
}

async function readTiesCsv(
  input: CsvInput & TableColumns<TieRole>,
  maxFieldLength: number | undefined,
  { report, describe }: Listeners,
  learn: (facts: CsvFileFacts) => void,
): Promise<ParsedTie[]> {
  const fileFacts = createCsvFileFacts();
  learn(fileFacts);
  const records = readCsvRecords(
    input.chunks,
    csvOptions(input, maxFieldLength, report),
    fileFacts,
  );
  const problems: ImportProblem[] = [];
  const ties = await readTieTable(
    records,
    { file: input.file, cellsAreCsv: true },
    {
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ...(input.roles ? { roles: input.roles } : {}),
      describe,
      report: (problem) => problems.push(problem),
    },
  );
  forwardTableProblems(problems, report);
  return ties;
}

interface Listeners {
  report: (problem: ImportProblem) => void;
  describe: (layout: TableLayout) => void;
}

function csvOptions(
  input: CsvInput,
  maxFieldLength: number | undefined,
  report: (problem: ImportProblem) => void,
): Parameters<typeof readCsvRecords>[1] {
  return {
    file: input.file,
    report,
    ...(input.delimiter ? { delimiter: input.delimiter } : {}),
    ...(maxFieldLength === undefined ? {} : { maxFieldLength }),
  };
}

/**
 * The record reader already said "empty file" or "this is an xlsx" when there was nothing
 * to read; the table reader's own "empty file" would repeat it.
 */
function forwardTableProblems(
  problems: ImportProblem[],
  report: (problem: ImportProblem) => void,
): void {
  for (const problem of problems) {
    if (problem.code !== 'emptyFile') report(problem);
  }
}
