import type { ParsedNetwork } from '../parsed-network.ts';
import { emptyNetwork } from '../parsed-network.ts';
import { readWorkbookSheets } from '../xlsx/read-workbook.ts';
import type { ReadWorkbookSheets } from '../xlsx/workbook-cells.ts';
import { findSheet, sheetRecords } from '../xlsx/workbook-cells.ts';
import type { RosterOptions } from './read-roster.ts';
import { readRoster } from './read-roster.ts';
import { findRosterColumn } from './roster-columns.ts';

export interface RosterWorkbookOptions extends RosterOptions {
  /** The respondents' sheet; the first sheet by default (Kobo puts the main form first). */
  mainSheet?: string;
  /** The repeat group's sheet; by default the first other sheet with a `_parent_index` column. */
  repeatSheet?: string;
  readSheets?: ReadWorkbookSheets;
}

/** A KoboToolbox/ODK XLS export or a hand-made roster workbook; see `readRoster`. */
export async function readRosterWorkbook(
  bytes: Uint8Array,
  options: RosterWorkbookOptions,
): Promise<ParsedNetwork> {
  const failed = emptyNetwork('roster');
  const sheets = await readWorkbookSheets(
    bytes,
    options.file,
    (problem) => failed.problems.push(problem),
    options.readSheets,
  );
  if (sheets === null || sheets.length === 0) return failed;
  const main =
    (options.mainSheet === undefined ? undefined : findSheet(sheets, options.mainSheet)) ??
    sheets[0]!;
  const repeat =
    (options.repeatSheet === undefined ? undefined : findSheet(sheets, options.repeatSheet)) ??
    sheets.find(
      (sheet) =>
        sheet !== main &&
        findRosterColumn(sheetRecords(sheet)[0]?.cells ?? [], 'parentIndex') !== undefined,
    );
  return readRoster(
    { sheet: main.sheet, records: sheetRecords(main) },
    repeat === undefined ? null : { sheet: repeat.sheet, records: sheetRecords(repeat) },
    options,
  );
}
