import { describe, expect, it } from 'vitest';
import { entryKeyAction, shortcutOf } from '../../../../renderer/features/workshop/entry-keys.ts';

const plain = { ctrl: false, alt: false };

describe('entryKeyAction', () => {
  it('picks a sector by 1–9 within the sectors there are, 0 for none', () => {
    expect(entryKeyAction('sector', '1', plain, 9)).toEqual({ kind: 'sector', index: 0 });
    expect(entryKeyAction('sector', '9', plain, 9)).toEqual({ kind: 'sector', index: 8 });
    expect(entryKeyAction('sector', '4', plain, 3)).toBeNull();
    expect(entryKeyAction('sector', '0', plain, 3)).toEqual({ kind: 'sector', index: null });
    expect(entryKeyAction('sector', 'a', plain, 3)).toBeNull();
  });

  it('sets the tie type by digit and the status by E or P', () => {
    expect(entryKeyAction('tie', '2', plain, 5)).toEqual({ kind: 'tieType', index: 1 });
    expect(entryKeyAction('tie', 'p', plain, 5)).toEqual({ kind: 'status', status: 'potential' });
    expect(entryKeyAction('tie', 'E', plain, 5)).toEqual({ kind: 'status', status: 'existing' });
    expect(entryKeyAction('tie', '6', plain, 5)).toBeNull();
  });

  it('rates influence 0–5 and stance by + = - ?', () => {
    expect(entryKeyAction('rating', '0', plain, 0)).toEqual({ kind: 'influence', value: 0 });
    expect(entryKeyAction('rating', '5', plain, 0)).toEqual({ kind: 'influence', value: 5 });
    expect(entryKeyAction('rating', '6', plain, 0)).toBeNull();
    expect(entryKeyAction('rating', 'Delete', plain, 0)).toEqual({
      kind: 'influence',
      value: null,
    });
    expect(entryKeyAction('rating', '+', plain, 0)).toEqual({
      kind: 'stance',
      stance: 'supports',
    });
    expect(entryKeyAction('rating', '-', plain, 0)).toEqual({ kind: 'stance', stance: 'opposes' });
    expect(entryKeyAction('rating', '=', plain, 0)).toEqual({ kind: 'stance', stance: 'neutral' });
    expect(entryKeyAction('rating', '?', plain, 0)).toEqual({ kind: 'stance', stance: 'unknown' });
  });

  it('leaves Ctrl and Alt combinations alone (Ctrl+Z undoes) and reads Enter and Escape', () => {
    expect(entryKeyAction('rating', 'z', { ctrl: true, alt: false }, 0)).toBeNull();
    expect(entryKeyAction('tie', '1', { ctrl: false, alt: true }, 5)).toBeNull();
    expect(entryKeyAction('tie', 'Enter', plain, 5)).toEqual({ kind: 'confirm' });
    expect(entryKeyAction('sector', 'Escape', plain, 5)).toEqual({ kind: 'cancel' });
  });
});

describe('shortcutOf', () => {
  it('labels the first nine choices', () => {
    expect([0, 8, 9].map(shortcutOf)).toEqual(['1', '9', null]);
  });
});
