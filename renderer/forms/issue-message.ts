import type { TFunction } from 'i18next';
import type { z } from 'zod';

export type Issue = z.core.$ZodIssue;

/**
 * A zod issue in the current language. The shared schemas carry English messages for the
 * backend and the CLI, and a schema's own message outranks zod's locale, so the common
 * cases are translated here by code; the rest fall back to zod's message, which follows
 * the locale set by setup-i18n when the schema gave none.
 */
export function issueMessage(issue: Issue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      return t('validation.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string')
        return t('validation.tooLong', { maximum: String(issue.maximum) });
      return t('validation.tooBig', { maximum: String(issue.maximum) });
    case 'invalid_type':
      return issue.expected === 'number' ? t('validation.number') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.chooseOne');
    case 'invalid_format':
      return issue.format === 'regex' ? t('validation.chooseOne') : issue.message;
    default:
      return issue.message;
  }
}

/**
 * Field-level messages for a form: the first issue per field wins. `fieldOf` maps an
 * issue path to a form field, or null when no field fits (those go to `form`).
 */
export function fieldErrors<F extends string>(
  issues: readonly Issue[],
  fieldOf: (issue: Issue) => F | null,
  message: (issue: Issue) => string,
): Partial<Record<F | 'form', string>> {
  const errors: Partial<Record<F | 'form', string>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue) ?? 'form';
    errors[field] ??= message(issue);
  }
  return errors;
}
