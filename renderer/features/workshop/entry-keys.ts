import type { Stance } from '../../../shared/domain/workshop.ts';
import type { TieStatus } from '../../../shared/domain/tie.ts';

/**
 * What the projector screen is waiting for after the name box: a sector for a new actor,
 * the type and status of a tie, or ratings for the chosen actor.
 */
export type EntryStage = 'sector' | 'tie' | 'rating';

export type EntryKeyAction =
  | { kind: 'sector'; index: number | null }
  | { kind: 'tieType'; index: number }
  | { kind: 'status'; status: TieStatus }
  | { kind: 'influence'; value: number | null }
  | { kind: 'stance'; stance: Stance }
  | { kind: 'confirm' }
  | { kind: 'cancel' };

/**
 * Stance keys are symbols, the same in Spanish and English: + supports, = neutral,
 * - opposes, ? unknown. Status keys happen to share their letter in both languages:
 * E existing / existente, P potential / potencial.
 */
export const STANCE_KEYS: Readonly<Record<string, Stance>> = {
  '+': 'supports',
  '=': 'neutral',
  '-': 'opposes',
  '?': 'unknown',
};
export const STATUS_KEYS: Readonly<Record<string, TieStatus>> = { e: 'existing', p: 'potential' };

/** The key shown on the n-th choice button (0-based): 1 to 9, nothing after the ninth. */
export function shortcutOf(index: number): string | null {
  return index >= 0 && index < 9 ? String(index + 1) : null;
}

/** 1–9 → 0–8 when that many choices exist; anything else → null. */
function choiceIndex(key: string, count: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const index = Number(key) - 1;
  return index < count ? index : null;
}

/**
 * The action a key press means at a stage, or null for keys the stage ignores (they keep
 * their usual meaning: Tab moves focus, Ctrl+Z undoes). `choices` is how many sectors or tie
 * types there are, so a digit beyond them does nothing.
 */
export function entryKeyAction(
  stage: EntryStage,
  key: string,
  modifiers: { ctrl: boolean; alt: boolean },
  choices: number,
): EntryKeyAction | null {
  if (modifiers.ctrl || modifiers.alt) return null;
  if (key === 'Escape') return { kind: 'cancel' };
  if (key === 'Enter') return { kind: 'confirm' };
  if (stage === 'sector') {
    if (key === '0') return { kind: 'sector', index: null };
    const index = choiceIndex(key, choices);
    return index === null ? null : { kind: 'sector', index };
  }
  if (stage === 'tie') {
    const status = STATUS_KEYS[key.toLowerCase()];
    if (status) return { kind: 'status', status };
    const index = choiceIndex(key, choices);
    return index === null ? null : { kind: 'tieType', index };
  }
  if (/^[0-5]$/.test(key)) return { kind: 'influence', value: Number(key) };
  if (key === 'Backspace' || key === 'Delete') return { kind: 'influence', value: null };
  const stance = STANCE_KEYS[key];
  return stance ? { kind: 'stance', stance } : null;
}
