/**
 * Formula neutralisation (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
 * with = + - @, tab or carriage return as a formula, so exports put a `'` in front. The
 * guard also applies to text that already starts with `'` followed by such a cell, so that
 * `restoreCell(neutraliseCell(text)) === text` for every text: the import takes exactly one
 * `'` off and nothing a user typed is changed by a round trip.
 * Ref: https://owasp.org/www-community/attacks/CSV_Injection
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

export function restoreCell(text: string): string {
  return text.startsWith("'") && NEEDS_GUARD.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A cell a spreadsheet would run as a formula (not a plain signed number such as "-3" or
 * "+1.5", which spreadsheets read as numbers).
 */
export function looksLikeFormula(text: string): boolean {
  if (!/^[=+\-@\t\r]/.test(text)) return false;
  return !/^[+-]\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text.trim());
}
