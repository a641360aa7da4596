import { describe, expect, it } from 'vitest';
import {
  looksLikeTie,
  namePartBeingTyped,
  parseTieEntry,
} from '../../../../renderer/features/workshop/tie-entry.ts';

describe('parseTieEntry', () => {
  it.each([
    ['Red Mujeres → Gobierno de Sonora'],
    ['Red Mujeres -> Gobierno de Sonora'],
    ['Red Mujeres => Gobierno de Sonora'],
    ['Red Mujeres > Gobierno de Sonora'],
    ['  Red Mujeres>Gobierno de Sonora  '],
  ])('reads %j as a tie from A to B', (text) => {
    expect(parseTieEntry(text)).toEqual({ source: 'Red Mujeres', target: 'Gobierno de Sonora' });
  });

  it('splits at the first arrow only', () => {
    expect(parseTieEntry('A -> B -> C')).toEqual({ source: 'A', target: 'B -> C' });
  });

  it.each([['Red Mujeres'], ['A →'], ['→ B'], ['  -> '], ['']])('rejects %j', (text) => {
    expect(parseTieEntry(text)).toBeNull();
  });

  it('notices the arrow before the second name is typed', () => {
    expect(looksLikeTie('Red Mujeres ->')).toBe(true);
    expect(looksLikeTie('Red Mujeres -')).toBe(false);
    expect(namePartBeingTyped('Red Mujeres -> Gob')).toEqual({
      prefix: 'Red Mujeres → ',
      name: 'Gob',
    });
    expect(namePartBeingTyped('Red Mu')).toEqual({ prefix: '', name: 'Red Mu' });
  });
});
