/**
 * A tie typed on the projector: "A → B", also "A -> B", "A => B" and "A > B" (what people
 * type on a keyboard without an arrow key). Splits at the first arrow, so a name may not hold
 * one; both ends must be non-empty after trimming.
 */
const ARROW = /\s*(?:→|->|=>|>)\s*/u;

export interface TieEntry {
  source: string;
  target: string;
}

export function parseTieEntry(text: string): TieEntry | null {
  const match = ARROW.exec(text);
  if (!match) return null;
  const source = text.slice(0, match.index).trim();
  const target = text.slice(match.index + match[0].length).trim();
  if (!source || !target) return null;
  return { source, target };
}

/** True as soon as an arrow is typed, so the screen can switch to tie entry before B is typed. */
export function looksLikeTie(text: string): boolean {
  return ARROW.test(text);
}

/** The part of the text being typed now: B after an arrow, else the whole text. */
export function namePartBeingTyped(text: string): { prefix: string; name: string } {
  const match = ARROW.exec(text);
  if (!match) return { prefix: '', name: text };
  const cut = match.index + match[0].length;
  return { prefix: `${text.slice(0, match.index).trim()} → `, name: text.slice(cut) };
}
