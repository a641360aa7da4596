import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../../shared/domain/dates.ts';
import { joinCsvChunks, tableCsvChunks } from '../../shared/formats/csv/write-csv.ts';
import { readGexf } from '../../shared/formats/gexf/read-gexf.ts';
import type { ImportProblem } from '../../shared/formats/parsed-network.ts';
import { decodeText } from '../../shared/formats/text/decode-text.ts';
import { periodsFromDates } from '../../shared/temporal/periods.ts';
import { SERIES_MEASURES } from '../../shared/temporal/series-measures.ts';
import { series, type SeriesRow } from '../../shared/temporal/series.ts';
import { timelineFromParsed } from '../../shared/temporal/timeline-from-parsed.ts';
import type { TimelineData } from '../../shared/temporal/timeline-data.ts';
import { readTimelineData } from '../backend/store/timeline-store.ts';
import type { CliContext } from './cli-context.ts';
import {
  readBytes,
  readNameList,
  readProject,
  refusalExitCode,
  UnreadableInput,
  usage,
} from './cli-input.ts';

/**
 * `tejido series INPUT --periods DATE,DATE,… [--measures LIST] [--format csv|json]`: one row
 * per period, each date opening a period that runs to the next (the last stays open): the
 * network on that day measured, and the ties formed and ended before the next date.
 */
export async function seriesCommand(args: string[], cli: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      periods: { type: 'string' },
      measures: { type: 'string' },
      format: { type: 'string', default: 'csv' },
    },
  });
  try {
    const format = values.format;
    if (format !== 'json' && format !== 'csv') throw usage('badFormat', { format });
    const dates = readDates(values.periods);
    const measures = readNameList(values.measures, SERIES_MEASURES) ?? SERIES_MEASURES;
    if (positionals.length > 1) throw usage('oneInput');
    const input = positionals[0];
    if (input === undefined) throw usage('noInput');
    const data = loadTimeline(input);
    const rows = series(data, periodsFromDates(dates), measures);
    process.stdout.write(format === 'json' ? jsonText(rows) : csvText(rows));
    return 0;
  } catch (error) {
    const refused = refusalExitCode(error, cli, 'series');
    if (refused !== null) return refused;
    throw error;
  }
}

function readDates(list: string | undefined): string[] {
  const dates = (list ?? '')
    .split(',')
    .map((date) => date.trim())
    .filter((date) => date !== '');
  if (dates.length === 0) throw usage('noPeriods');
  const bad = dates.find((date) => !isIsoDate(date));
  if (bad !== undefined) throw usage('badDate', { date: bad });
  return dates;
}

function loadTimeline(input: string): TimelineData {
  const extension = extname(input).toLowerCase();
  if (extension === '.tejido') return fromProject(resolve(input));
  if (extension !== '.gexf') throw usage('unknownFormat', { file: input });
  const network = readGexf(decodeText(readBytes(input)).text, input);
  const fatal = network.problems.find(
    (problem: ImportProblem) => problem.severity === 'error' && problem.place.row === undefined,
  );
  if (fatal) throw new UnreadableInput(fatal);
  return timelineFromParsed(network);
}

function fromProject(path: string): TimelineData {
  return readProject(path, readTimelineData);
}

function columnsOf(rows: readonly SeriesRow[]): string[] {
  return ['date', ...Object.keys(rows[0]?.values ?? {})];
}

function csvText(rows: readonly SeriesRow[]): string {
  const columns = columnsOf(rows);
  const table = rows.map((row) => [
    row.date,
    ...columns.slice(1).map((c) => row.values[c] ?? null),
  ]);
  return joinCsvChunks(tableCsvChunks(columns, table, { byteOrderMark: false }));
}

function jsonText(rows: readonly SeriesRow[]): string {
  const objects = rows.map((row) => ({ date: row.date, ...row.values }));
  return `${JSON.stringify(objects, null, 2)}\n`;
}
