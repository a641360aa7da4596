import { describe, expect, it } from 'vitest';
import {
  countPhrases,
  joinPhrases,
  rowsWithErrors,
} from '../../../../renderer/features/import/count-phrases.ts';
import type { Problem } from '../../../../renderer/features/import/sort-problems.ts';
import { translatorFor } from '../i18n/test-i18n.ts';

const ZERO = {
  actorsAdded: 0,
  actorsUpdated: 0,
  tiesAdded: 0,
  tiesUpdated: 0,
  sectorsAdded: 0,
  tieTypesAdded: 0,
  events: 0,
  participation: 0,
  rejected: 0,
  errors: 0,
  warnings: 0,
};

function problem(severity: Problem['severity'], file: string, row?: number): Problem {
  return {
    severity,
    code: 'unknownActor',
    params: {},
    place: row === undefined ? { file } : { file, row },
  };
}

describe('rowsWithErrors', () => {
  it('counts each file and row once, however many errors it has, and ignores warnings', () => {
    const problems = [
      problem('error', 'ties.csv', 3),
      problem('error', 'ties.csv', 3),
      problem('error', 'ties.csv', 4),
      problem('error', 'actors.csv', 3),
      problem('warning', 'ties.csv', 5),
    ];
    expect(rowsWithErrors(problems)).toBe(3);
  });
});

describe('countPhrases', () => {
  it('names only what is not zero, in a fixed order', () => {
    const counts = { ...ZERO, tiesAdded: 120, actorsAdded: 57, actorsUpdated: 3, warnings: 1 };
    expect(countPhrases(counts, [])).toEqual([
      { name: 'actorsAdded', count: 57 },
      { name: 'actorsUpdated', count: 3 },
      { name: 'tiesAdded', count: 120 },
      { name: 'warnings', count: 1 },
    ]);
  });

  it('counts rows with errors from the problems when the backend says none were rejected', () => {
    const problems = [problem('error', 'ties.csv', 3), problem('error', 'ties.csv', 4)];
    expect(countPhrases({ ...ZERO, errors: 2 }, problems)).toEqual([
      { name: 'rowsWithErrors', count: 2 },
    ]);
  });

  it('gives nothing for an import that changes nothing', () => {
    expect(countPhrases(ZERO, [])).toEqual([]);
  });
});

describe('the preview sentence', () => {
  const counts = { ...ZERO, actorsAdded: 57, actorsUpdated: 3, tiesAdded: 120, rejected: 4 };
  const sentence = async (language: 'en' | 'es') => {
    const t = await translatorFor(language);
    const phrases = countPhrases(counts, []).map(({ name, count }) =>
      t(`import.preview.counts.${name}`, { count }),
    );
    return joinPhrases(phrases, language);
  };

  it('reads as a plain English list', async () => {
    expect(await sentence('en')).toBe(
      '57 actors to add, 3 actors to update, 120 ties to add, and 4 rows with errors',
    );
  });

  it('reads as a plain Spanish list', async () => {
    expect(await sentence('es')).toBe(
      '57 actores por agregar, 3 actores por actualizar, 120 vínculos por agregar y 4 filas con errores',
    );
  });

  it('uses the singular for one', async () => {
    const t = await translatorFor('es');
    expect(t('import.preview.counts.rowsWithErrors', { count: 1 })).toBe('1 fila con errores');
  });
});
