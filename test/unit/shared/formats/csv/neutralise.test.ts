import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  looksLikeFormula,
  neutraliseCell,
  restoreCell,
} from '../../../../../shared/formats/csv/neutralise.ts';

/** Texts biased towards the dangerous first characters and leading quotes. */
const risky = fc
  .tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', 'a'), fc.string())
  .map(([head, tail]) => head + tail);

describe('formula neutralisation (OWASP CSV injection)', () => {
  it('puts a quote before cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+A1', '-B2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseCell('Red Mujeres')).toBe('Red Mujeres');
  });

  it('gives back the original text after export and import, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string()), (text) => {
        expect(restoreCell(neutraliseCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never exports a cell that starts with a formula character', () => {
    fc.assert(
      fc.property(risky, (text) => {
        expect(/^[=+\-@\t\r]/.test(neutraliseCell(text))).toBe(false);
      }),
    );
  });

  it('removes a quote only when a formula character follows it', () => {
    expect(restoreCell("'=A1")).toBe('=A1');
    expect(restoreCell("'hola")).toBe("'hola");
  });

  it('does not take signed numbers for formulas', () => {
    expect(looksLikeFormula('-3')).toBe(false);
    expect(looksLikeFormula('+1.5')).toBe(false);
    expect(looksLikeFormula('=HYPERLINK("x")')).toBe(true);
  });
});
