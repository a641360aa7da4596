import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportFormat } from '../../../shared/api/imports.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useExport, type ExportChoices } from './useExport.ts';

/** The whole project (or the network on one date) as files other tools open. */
export function ExportPanel() {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<ExportChoices>({
    format: 'xlsx',
    pseudonymise: false,
    at: '',
  });
  const exporting = useExport();
  const change = (next: Partial<ExportChoices>) => {
    exporting.reset();
    setChoices((current) => ({ ...current, ...next }));
  };
  return (
    <section className="import-section" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{t('import.export.heading')}</h2>
      <div className="export-form">
        <SelectField
          id="export-format"
          label={t('import.export.format')}
          value={choices.format}
          options={ExportFormat.options.map((format) => ({
            value: format,
            label: t(`import.export.formats.${format}`),
          }))}
          onChange={(value) => {
            const parsed = ExportFormat.safeParse(value);
            if (parsed.success) change({ format: parsed.data });
          }}
        />
        <InputField
          id="export-at"
          type="date"
          label={t('import.export.at')}
          optional
          hint={t('import.export.atHint')}
          value={choices.at}
          onChange={(at) => change({ at })}
        />
        <div className="field field--check">
          <label>
            <input
              type="checkbox"
              data-testid="export-pseudonymise"
              checked={choices.pseudonymise}
              aria-describedby="export-pseudonymise-hint"
              onChange={(event) => change({ pseudonymise: event.target.checked })}
            />{' '}
            {t('import.export.pseudonymise')}
          </label>
          <p id="export-pseudonymise-hint" className="field__hint">
            {t('import.export.pseudonymiseHint')}
          </p>
        </div>
      </div>
      {exporting.error ? <ErrorNotice error={exporting.error} /> : null}
      <div className="import-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="export-button"
          disabled={exporting.isPending}
          onClick={() => exporting.mutate(choices)}
        >
          {exporting.isPending ? t('import.export.busy') : t('import.export.button')}
        </button>
        {exporting.data && (
          <p role="status" className="muted" data-testid="export-done">
            {t('import.export.done', { files: exporting.data.join(', ') })}
          </p>
        )}
      </div>
    </section>
  );
}
