import { useTranslation } from 'react-i18next';

/** The keys of the projector screen, folded away until asked for. */
export function KeyHelp() {
  const { t } = useTranslation();
  const rows = ['name', 'tie', 'sector', 'tieKeys', 'rating', 'undo', 'escape'] as const;
  return (
    <details className="workshop-keys" data-testid="workshop-keys">
      <summary>{t('workshop.keys.title')}</summary>
      <dl>
        {rows.map((row) => (
          <div key={row} className="workshop-keys__row">
            <dt>{t(`workshop.keys.${row}.keys`)}</dt>
            <dd>{t(`workshop.keys.${row}.what`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
