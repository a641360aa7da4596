import type { TFunction } from 'i18next';
import type { ApiError, ErrorCode, ErrorParams } from '../../shared/api/errors.ts';
import { toApiError } from '../api/api-call-error.ts';

/**
 * Params arrive from the backend at run time, so they cannot be matched against each
 * message's placeholders at compile time (i18next would demand every placeholder of every
 * error message at once). The catalog test checks the placeholders instead.
 */
type TranslateError = (key: `errors.${ErrorCode}`, params: ErrorParams) => string;

/**
 * The user-facing sentence for any failure: the backend's code translated with its params.
 * `input.invalid` names the first invalid field when the backend sent issues but no field.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const apiError = toApiError(error);
  const translate = t as TranslateError;
  return translate(`errors.${apiError.code}`, paramsOf(apiError));
}

function paramsOf(error: ApiError): ErrorParams {
  const firstIssue = error.issues?.[0];
  if (error.code === 'input.invalid' && error.params.field === undefined && firstIssue) {
    return { ...error.params, field: firstIssue.path };
  }
  return error.params;
}
