import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportProblem } from '../../shared/formats/parsed-network.ts';
import { problemMessage } from '../../shared/i18n/problem-text.ts';
import { openProjectFile, type ProjectDb } from '../backend/project/project-file.ts';
import type { CliContext } from './cli-context.ts';

/**
 * What `tejido analyze` and `tejido series` share in reading their input and refusing it:
 * refusals carry a key translated under the command's own `cli.<command>.` messages.
 */

/** A refusal with a translated message: printed, exit code 2 (bad usage) or 1 (bad data). */
export class CliRefusal extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly exitCode = 1,
  ) {
    super(key);
  }
}

/** A file that could not be read at all: its reader's problem says why. */
export class UnreadableInput extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

/** A refusal for bad usage (exit code 2). */
export function usage(key: string, params: Record<string, string | number> = {}): CliRefusal {
  return new CliRefusal(key, params, 2);
}

export function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(resolve(file));
  } catch {
    throw new CliRefusal('cannotRead', { file });
  }
}

/**
 * A comma-separated list of measure names, each one of `known` (null when not given);
 * refuses an unknown name or an empty list, listing the known ones.
 */
export function readNameList<Name extends string>(
  list: string | undefined,
  known: readonly Name[],
): Name[] | null {
  if (list === undefined) return null;
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const isKnown = (name: string): name is Name => (known as readonly string[]).includes(name);
  const unknown = names.find((name) => !isKnown(name));
  if (unknown !== undefined || names.length === 0) {
    throw usage('unknownMeasure', { name: unknown ?? list, known: known.join(', ') });
  }
  return names.filter(isKnown);
}

/** Reads a project (only read) with `read`, closing it afterwards. */
export function readProject<T>(path: string, read: (db: ProjectDb) => T): T {
  const db = openProjectFile(path);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/**
 * Prints a refusal or an unreadable input under `cli.<command>.` and returns the exit code;
 * null for any other error (the caller handles or rethrows it).
 */
export function refusalExitCode(
  error: unknown,
  cli: CliContext,
  command: 'analyze' | 'series',
): number | null {
  if (error instanceof UnreadableInput) {
    const { key, params } = problemMessage(error.problem);
    cli.error(cli.t(`cli.${command}.unreadable`, { message: cli.t(key, params) }));
    return 1;
  }
  if (error instanceof CliRefusal) {
    cli.error(cli.t(`cli.${command}.${error.key}`, error.params));
    return error.exitCode;
  }
  return null;
}
