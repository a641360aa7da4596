import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterProblems,
  sortProblems,
  type Problem,
  type SeverityFilter,
} from './sort-problems.ts';
import { useProblemText } from './useProblemText.ts';

interface ProblemListProps {
  problems: readonly Problem[];
  errors: number;
  warnings: number;
}

const FILTERS: readonly SeverityFilter[] = ['all', 'error', 'warning'];

/** Every problem by file, row and column with its translated reason, errors first. */
export function ProblemList({ problems, errors, warnings }: ProblemListProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const sorted = useMemo(() => sortProblems(problems), [problems]);
  const shown = filterProblems(sorted, filter);
  return (
    <section className="problem-list" aria-labelledby="import-problems-title">
      <div className="problem-list__head">
        <h3 id="import-problems-title">{t('import.problems.heading')}</h3>
        <p className="problem-list__totals" data-testid="import-problem-totals">
          {t('import.problems.totals', {
            errors: t('import.problems.errors', { count: errors }),
            warnings: t('import.problems.warnings', { count: warnings }),
          })}
        </p>
        <label className="problem-list__filter">
          {t('import.problems.filter')}{' '}
          <select
            value={filter}
            data-testid="import-problem-filter"
            onChange={(event) => setFilter(FILTERS.find((f) => f === event.target.value) ?? 'all')}
          >
            {FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`import.problems.filters.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problems.length < errors + warnings && (
        <p className="muted">{t('import.problems.truncated', { shown: problems.length })}</p>
      )}
      {shown.length === 0 ? (
        <p className="empty-state">
          {t(problems.length === 0 ? 'import.problems.none' : 'import.problems.noneOfKind')}
        </p>
      ) : (
        <div className="table-scroll problem-list__scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('import.problems.columns.severity')}</th>
                <th scope="col">{t('import.problems.columns.file')}</th>
                <th scope="col">{t('import.problems.columns.row')}</th>
                <th scope="col">{t('import.problems.columns.column')}</th>
                <th scope="col">{t('import.problems.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((problem, index) => (
                <tr
                  key={index}
                  data-testid="import-problem-row"
                  data-severity={problem.severity}
                  className={`problem problem--${problem.severity}`}
                >
                  <td>
                    <span className={`severity severity--${problem.severity}`}>
                      {t(`import.problems.severity.${problem.severity}`)}
                    </span>
                  </td>
                  <td>{placeFile(problem)}</td>
                  <td data-testid="import-problem-row-number">{problem.place.row ?? '—'}</td>
                  <td>{problem.place.column ?? '—'}</td>
                  <td>{problemText(problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function placeFile(problem: Problem): string {
  const { file, sheet } = problem.place;
  return sheet ? `${file} › ${sheet}` : file;
}
