import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TejidoError } from '../../shared/api/errors.ts';
import { ImportFormat } from '../../shared/api/imports.ts';
import { IsoDate } from '../../shared/domain/dates.ts';
import { problemMessage } from '../../shared/i18n/problem-text.ts';
import type { ImportProblem } from '../../shared/formats/parsed-network.ts';
import {
  importService,
  type ImportChoices,
  type PlannedImport,
} from '../backend/import/import-service.ts';
import { createProjectFile, openProjectFile } from '../backend/project/project-file.ts';
import { projectSession } from '../backend/project/project-session.ts';
import { seedCatalog } from '../backend/sample/load-sample.ts';
import type { CliContext } from './cli-context.ts';
import { mappingFromColumnOptions } from './column-options.ts';

/**
 * `tejido import FILE... --project P.tejido [--wave DATE] [--format F] [--relation NAME]
 * [--skip-bad-rows] [--co-attendance] [--column [TABLE:]ROLE=HEADER ...]`: the wizard's
 * import without the wizard, column mapping included. Creates the project when it does not
 * exist; prints every problem by file, row and column.
 */
export async function importCommand(args: string[], cli: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      project: { type: 'string' },
      wave: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      relation: { type: 'string' },
      'skip-bad-rows': { type: 'boolean', default: false },
      'co-attendance': { type: 'boolean', default: false },
      column: { type: 'string', multiple: true, default: [] },
    },
  });
  const format = ImportFormat.safeParse(values.format);
  const wave = values.wave === undefined ? null : IsoDate.safeParse(values.wave);
  if (!values.project || positionals.length === 0 || !format.success || (wave && !wave.success)) {
    cli.error(cli.t('cli.import.usage'));
    return 2;
  }
  const missing = positionals.find((file) => !existsSync(file));
  if (missing) {
    cli.error(cli.t('cli.import.missingFile', { file: missing }));
    return 2;
  }
  const session = openOrCreate(resolve(values.project));
  try {
    const imports = importService(session);
    const sources = positionals.map((file) => ({ name: basename(file), path: resolve(file) }));
    const choices: ImportChoices = {
      format: format.data,
      wave: wave?.success ? wave.data : null,
      relation: values.relation ?? null,
      coAttendanceTies: values['co-attendance'],
      skipBadRows: values['skip-bad-rows'],
    };
    if (values.column.length > 0) {
      // As in the wizard: the recognised columns first, then the user's changes to them.
      const recognised = await imports.preview(sources, choices);
      const chosen = mappingFromColumnOptions(values.column, recognised.tables);
      if ('error' in chosen) {
        cli.error(cli.t(chosen.error.key, chosen.error.params));
        return 2;
      }
      choices.mapping = chosen.mapping;
    }
    // One pass: the problems are printed as soon as the plan is made, and a blocked plan
    // is rolled back (a preview first would read and plan every file twice).
    let outcome: PlannedImport | null = null;
    const printPlanned = (planned: PlannedImport) => {
      outcome = planned;
      printProblems(cli, planned.problems, planned.counts.errors + planned.counts.warnings);
    };
    try {
      const { counts } = await imports.commit(sources, choices, printPlanned);
      cli.print(cli.t('cli.import.done', { ...counts, project: session.path }));
      return 0;
    } catch (error) {
      const blocked = blockedErrors(error, outcome);
      if (blocked === null) throw error;
      cli.error(cli.t('cli.import.blocked', { errors: blocked }));
      return 1;
    }
  } finally {
    session.close();
  }
}

/** The number of errors when `error` is the refusal of a plan that was blocked, else null. */
function blockedErrors(error: unknown, outcome: PlannedImport | null): number | null {
  if (!(error instanceof TejidoError) || error.code !== 'import.blocked') return null;
  return outcome?.blocked === true ? outcome.counts.errors : null;
}

function openOrCreate(path: string) {
  const session = projectSession(() => new Date());
  if (existsSync(path)) {
    session.replace(openProjectFile(path), path);
  } else {
    const name = basename(path).replace(/\.tejido$/i, '');
    session.replace(createProjectFile(path, name, new Date().toISOString()), path);
    session.edit('project.create', (ctx) => seedCatalog(ctx));
  }
  return session;
}

function printProblems(cli: CliContext, problems: readonly ImportProblem[], total: number): void {
  for (const problem of problems) {
    const { key, params } = problemMessage(problem);
    const label = cli.t(`cli.import.${problem.severity}`);
    cli.error(`${label}: ${cli.t(key, params)}`);
  }
  if (total > problems.length) {
    cli.error(cli.t('cli.import.moreProblems', { count: total - problems.length }));
  }
}
