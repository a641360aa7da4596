import { describe, expect, it } from 'vitest';
import { Tie } from '../../../../../shared/domain/tie.ts';
import { fieldErrors, type Issue } from '../../../../../renderer/forms/issue-message.ts';
import {
  tieFieldOf,
  tieFormValues,
  tieIssueMessage,
  validateTieForm,
  type TieFormValues,
} from '../../../../../renderer/features/data/tie-form-values.ts';
import { translatorFor } from '../../i18n/test-i18n.ts';

const twoSpells = Tie.parse({
  id: 't1',
  source: 'a1',
  target: 'a2',
  type: 'collaboration',
  weight: 2,
  status: 'existing',
  spells: [
    { start: '2018-03-01', end: '2019-06-30' },
    { start: '2020-01-15', end: null },
  ],
  evidence: 'survey',
  note: '',
  attributes: { wave: 'w1' },
});

function filled(changes: Partial<TieFormValues>): TieFormValues {
  return { ...tieFormValues(null, 'collaboration'), source: 'a1', target: 'a2', ...changes };
}

async function errorsOf(values: TieFormValues, tie: Tie | null, language: 'es' | 'en') {
  const t = await translatorFor(language);
  const result = validateTieForm(values, tie);
  if (result.ok) return {};
  const kept = tie ? tie.spells.length - 1 : 0;
  return fieldErrors(
    result.issues,
    (issue: Issue) => tieFieldOf(issue, kept),
    (issue) => tieIssueMessage(issue, values, t),
  );
}

describe('the tie form', () => {
  it('asks to choose both ends from the list', async () => {
    const errors = await errorsOf(filled({ source: '', target: '' }), null, 'es');
    expect(errors).toEqual({
      source: 'Elige una opción de la lista.',
      target: 'Elige una opción de la lista.',
    });
  });

  it('edits the latest date range and keeps the earlier ones and the attributes', () => {
    const values = { ...tieFormValues(twoSpells, 'collaboration'), end: '2021-02-01' };
    expect(values.start).toBe('2020-01-15');
    const result = validateTieForm(values, twoSpells);
    expect(result.ok && result.draft.spells).toEqual([
      { start: '2018-03-01', end: '2019-06-30' },
      { start: '2020-01-15', end: '2021-02-01' },
    ]);
    expect(result.ok && result.draft.attributes).toEqual({ wave: 'w1' });
    expect(result.ok && result.draft.id).toBe('t1');
  });

  it('leaves the dates out when both are empty', () => {
    const result = validateTieForm(filled({}), null);
    expect(result.ok && result.draft.spells).toEqual([]);
  });

  it('rejects an end date before the start, at the end date', async () => {
    const values = filled({ start: '2020-05-01', end: '2019-01-01' });
    expect(await errorsOf(values, null, 'en')).toEqual({
      end: 'The end date must be after the start date.',
    });
  });

  it('rejects dates overlapping a range the form keeps, at the start date', async () => {
    const values = { ...tieFormValues(twoSpells, 'collaboration'), start: '2019-01-01' };
    const errors = await errorsOf(values, twoSpells, 'es');
    expect(errors.start).toMatch(/se traslapan/);
  });

  it('asks for a number when the weight is empty', async () => {
    expect(await errorsOf(filled({ weight: '' }), null, 'en')).toEqual({
      weight: 'Enter a number, for example 1 or 2.5.',
    });
  });
});
