import { ZodError } from 'zod';
import { TejidoError, toInputIssues } from '../../shared/api/errors.ts';
import { isOperationName, operations, type Handlers } from '../../shared/api/operations.ts';
import type { CallResult } from '../../shared/api/transport.ts';

export interface DispatchOptions {
  /** Also check answers against their schema (tests and fuzzing; costly on big lists). */
  checkOutput?: boolean;
  /** Where unexpected failures are logged; they reach the user only as "internal". */
  log?: (message: string, error: unknown) => void;
}

/**
 * The single entry every transport uses: look the operation up, parse the input with its
 * schema, run the handler, and turn any failure into a typed error. Nothing runs on input
 * that did not parse, so an invalid call cannot write.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  input: unknown,
  options: DispatchOptions = {},
): Promise<CallResult> {
  if (!isOperationName(name)) {
    return failure(new TejidoError('operation.unknown', { name: name.slice(0, 100) }));
  }
  const spec = operations[name];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return failure(invalidInput(parsed.error));
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (options.checkOutput) {
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        options.log?.(`${name} answered outside its schema`, checked.error);
        return failure(new TejidoError('internal', { operation: name }));
      }
    }
    return { ok: true, value };
  } catch (error) {
    return failure(asTejidoError(error, name, options.log));
  }
}

function failure(error: TejidoError): CallResult {
  return { ok: false, error: error.toWire() };
}

function invalidInput(error: ZodError): TejidoError {
  const issues = toInputIssues(error);
  return new TejidoError('input.invalid', { field: issues[0]?.path ?? '' }, issues);
}

function asTejidoError(
  error: unknown,
  operation: string,
  log: DispatchOptions['log'],
): TejidoError {
  if (error instanceof TejidoError) {
    if (error.code === 'internal') log?.(`${operation} failed`, error);
    return error;
  }
  if (error instanceof ZodError) return invalidInput(error);
  // A constraint SQLite enforces but the schema did not (e.g. a CHECK): still the caller's input.
  if (isSqliteConstraint(error)) {
    return new TejidoError('input.invalid', { field: '', reason: 'constraint' });
  }
  log?.(`${operation} failed`, error);
  return new TejidoError('internal', { operation });
}

function isSqliteConstraint(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_CONSTRAINT')
  );
}
