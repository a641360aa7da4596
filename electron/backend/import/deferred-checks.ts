import { TejidoError } from '../../../shared/api/errors.ts';
import type { ProjectDb } from '../project/project-file.ts';

/**
 * SQLite evaluates a table's CHECK constraints for every row it inserts. For the ties table
 * (json_valid of the spells and of the attributes, the status and evidence lists) that was
 * about 40 % of a bulk insert: ~2.9 of ~7.5 µs per tie at 100,000 ties, while checking
 * the same rows afterwards in one query took 0.2 µs per tie (scripts/bench-import.ts and a
 * bare insert loop, CPU time). So a bulk load suspends them (`PRAGMA
 * ignore_check_constraints`, a flag that may change inside a transaction; prepared
 * statements are recompiled) and, before its transaction commits, checks every row it
 * appended against the constraints exactly as the schema declares them. A row that fails
 * throws, the import's transaction rolls back, and nothing that breaks a constraint is
 * ever committed. Foreign keys stay enforced row by row (SQLite cannot switch them off
 * inside a transaction).
 */
export function deferredChecks(db: ProjectDb) {
  /** Table → its largest rowid when the checks were suspended: later rows are the load's. */
  const marks = new Map<string, number>();
  let suspended = false;

  function setIgnored(ignored: boolean): void {
    db.pragma(`ignore_check_constraints = ${ignored ? 'ON' : 'OFF'}`);
    suspended = ignored;
  }

  return {
    /**
     * Stops checking rows as they are written. `resume` checks the rows appended to the
     * `appended` tables from now on, and every row of the `whole` ones (small tables whose
     * rows an upsert may also change in place).
     */
    suspend(tables: { appended: readonly string[]; whole: readonly string[] }): void {
      if (suspended) return;
      for (const table of tables.appended) marks.set(table, lastRowid(db, table));
      for (const table of tables.whole) marks.set(table, 0);
      setIgnored(true);
    },
    /** Checks on again, and every row appended to the tables since `suspend` checked. */
    resume(): void {
      if (!suspended) return;
      setIgnored(false);
      for (const [table, after] of marks) {
        const failing = firstFailingRow(db, table, after);
        if (failing !== null) {
          throw new TejidoError('internal', { reason: `CHECK failed in ${table}: ${failing}` });
        }
      }
      marks.clear();
    },
    /** Checks on again without looking at the rows: the transaction is being rolled back. */
    release(): void {
      if (suspended) setIgnored(false);
      marks.clear();
    },
  };
}

function lastRowid(db: ProjectDb, table: string): number {
  return Number(
    db
      .prepare(`SELECT coalesce(max(rowid), 0) FROM ${quoteName(table)}`)
      .pluck()
      .get(),
  );
}

/**
 * The first row after `afterRowid` that breaks one of the table's CHECK constraints (as
 * SQLite judges a CHECK: it fails when false, not when NULL), described by rowid and
 * constraint; null when all pass.
 */
function firstFailingRow(db: ProjectDb, table: string, afterRowid: number): string | null {
  const checks = checkExpressions(tableSql(db, table));
  if (checks.length === 0) return null;
  const failing = checks.map((check) => `NOT coalesce((${check}), 1)`).join(' OR ');
  const rowid = db
    .prepare(`SELECT rowid FROM ${quoteName(table)} WHERE rowid > ? AND (${failing}) LIMIT 1`)
    .pluck()
    .get(afterRowid) as number | undefined;
  if (rowid === undefined) return null;
  const broken = checks.find(
    (check) =>
      db
        .prepare(`SELECT NOT coalesce((${check}), 1) FROM ${quoteName(table)} WHERE rowid = ?`)
        .pluck()
        .get(rowid) === 1,
  );
  return `row ${rowid}, CHECK (${broken ?? '?'})`;
}

function tableSql(db: ProjectDb, table: string): string {
  const sql = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .pluck()
    .get(table) as string | undefined;
  if (sql === undefined) throw new TejidoError('internal', { reason: `no table ${table}` });
  return sql;
}

/**
 * The expressions of every `CHECK (…)` in a CREATE TABLE statement, column and table
 * constraints alike: the text between the parentheses that follow the keyword, with
 * nested parentheses and quoted strings and names (which may hold parentheses) skipped.
 */
export function checkExpressions(createTableSql: string): string[] {
  const expressions: string[] = [];
  const keyword = /\bCHECK\s*\(/giy;
  for (let at = 0; at < createTableSql.length;) {
    const quote = createTableSql[at]!;
    if (quote === "'" || quote === '"' || quote === '`' || quote === '[') {
      at = afterQuoted(createTableSql, at);
      continue;
    }
    keyword.lastIndex = at;
    const match = keyword.exec(createTableSql);
    if (match === null || !startsWord(createTableSql, at)) {
      at++;
      continue;
    }
    const open = at + match[0].length - 1;
    const close = matchingParenthesis(createTableSql, open);
    expressions.push(createTableSql.slice(open + 1, close).trim());
    at = close + 1;
  }
  return expressions;
}

function startsWord(text: string, at: number): boolean {
  return at === 0 || !/[\w$]/.test(text[at - 1]!);
}

/** Index just after the quoted string or name that starts at `at` ('' inside doubles a quote). */
function afterQuoted(text: string, at: number): number {
  const close = text[at] === '[' ? ']' : text[at]!;
  let index = at + 1;
  while (index < text.length) {
    if (text[index] === close) {
      if (close !== ']' && text[index + 1] === close) {
        index += 2;
        continue;
      }
      return index + 1;
    }
    index++;
  }
  throw new TejidoError('internal', { reason: 'unterminated quote in table SQL' });
}

function matchingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length;) {
    const char = text[index]!;
    if (char === "'" || char === '"' || char === '`' || char === '[') {
      index = afterQuoted(text, index);
      continue;
    }
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) return index;
    index++;
  }
  throw new TejidoError('internal', { reason: 'unbalanced CHECK in table SQL' });
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
