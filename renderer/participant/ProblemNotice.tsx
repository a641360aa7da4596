import { useTranslation } from 'react-i18next';
import type { Problem } from './participant-client.ts';

/** A failure said plainly, with a way back when the code has expired. */
export function ProblemNotice({ problem, onRejoin }: { problem: Problem; onRejoin?: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className="p-notice p-notice--error"
      role="alert"
      data-testid={`participant-problem-${problem}`}
    >
      <p>{t(`participant.problems.${problem}`)}</p>
      {problem === 'expired' && onRejoin && (
        <button type="button" className="p-button" onClick={onRejoin}>
          {t('participant.problems.rejoin')}
        </button>
      )}
    </div>
  );
}
