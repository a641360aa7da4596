import { z } from 'zod';

/**
 * Every failure the backend reports, by code. The renderer and the CLI translate the code
 * (`errors.<code>` in shared/i18n) with `params`; nothing user-facing is built here.
 */
export const ErrorCode = z.enum([
  'input.invalid',
  'operation.unknown',
  'http.unauthorized',
  'http.tooLarge',
  'http.badJson',
  'http.notFound',
  'http.methodNotAllowed',
  'project.none',
  'project.notFound',
  'project.notSqlite',
  'project.notTejido',
  'project.newerSchema',
  'project.historyMismatch',
  'project.notInRecent',
  'project.exists',
  'dialog.unavailable',
  'dialog.cancelled',
  'actor.notFound',
  'actor.hasTies',
  'actor.idTaken',
  'tie.notFound',
  'tie.unknownActor',
  'tie.unknownType',
  'actor.unknownSector',
  'sector.notFound',
  'sector.inUse',
  'tieType.notFound',
  'tieType.inUse',
  'group.notFound',
  'event.notFound',
  'event.unknownGroup',
  'wave.notFound',
  'network.changing',
  'import.blocked',
  'changes.nothingToUndo',
  'changes.nothingToRedo',
  'import.noFiles',
  'import.unknownFormat',
  'upload.notFound',
  'upload.badOffset',
  'upload.tooLarge',
  'measure.weightMissing',
  'measure.weightNotNumeric',
  'measure.weightNotPositive',
  'measure.needsDirected',
  'measure.noTies',
  'measure.notConverged',
  'measure.unknownActor',
  'workshop.notFound',
  'workshop.shared',
  'proposal.notFound',
  'proposal.decided',
  'share.unavailable',
  'share.noNetwork',
  'share.badCode',
  'share.notParticipant',
  'share.tooManyAttempts',
  'share.rateLimited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One invalid field of an input: where (dotted path) and why. */
export const InputIssue = z.object({ path: z.string(), message: z.string(), code: z.string() });
export type InputIssue = z.infer<typeof InputIssue>;

/** The wire form of an error, the same over IPC, HTTP and in the CLI. */
export const ApiError = z.object({
  code: ErrorCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  issues: z.array(InputIssue).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type ErrorParams = Record<string, string | number>;

/** A failure the user can act on. Thrown by the backend, carried across every transport. */
export class TejidoError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly issues: InputIssue[] | undefined;

  constructor(code: ErrorCode, params: ErrorParams = {}, issues?: InputIssue[]) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'TejidoError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  toWire(): ApiError {
    return this.issues
      ? { code: this.code, params: this.params, issues: this.issues }
      : { code: this.code, params: this.params };
  }
}

export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** HTTP status for each kind of failure; a 500 means a bug in Tejido, never bad input. */
export function httpStatusOf(code: ErrorCode): number {
  if (code === 'internal') return 500;
  if (code === 'http.unauthorized') return 401;
  // A wrong or expired join code or participant token: the phone must join again.
  if (code === 'share.badCode' || code === 'share.notParticipant') return 401;
  if (code === 'share.rateLimited' || code === 'share.tooManyAttempts') return 429;
  if (code === 'http.tooLarge') return 413;
  if (code === 'http.methodNotAllowed') return 405;
  if (code === 'operation.unknown' || code.endsWith('notFound')) return 404;
  if (code === 'input.invalid' || code === 'http.badJson') return 400;
  return 409;
}
