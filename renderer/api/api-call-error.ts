import type { ApiError, ErrorCode, ErrorParams, InputIssue } from '../../shared/api/errors.ts';

/** A failed backend call, carrying the wire error so the UI can translate it. */
export class ApiCallError extends Error {
  readonly operation: string;
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly issues: InputIssue[] | undefined;

  constructor(operation: string, error: ApiError) {
    super(`${operation}: ${error.code} ${JSON.stringify(error.params)}`);
    this.name = 'ApiCallError';
    this.operation = operation;
    this.code = error.code;
    this.params = error.params;
    this.issues = error.issues;
  }

  toApiError(): ApiError {
    return this.issues
      ? { code: this.code, params: this.params, issues: this.issues }
      : { code: this.code, params: this.params };
  }
}

/** Any thrown value as an ApiError; unknown failures become `internal`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.toApiError();
  return { code: 'internal', params: {} };
}
