import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ColumnMappingPanel } from './ColumnMappingPanel.tsx';
import { useFormatLabel } from './useFormatLabel.ts';
import { FilePicker } from './FilePicker.tsx';
import { ImportChoicesForm } from './ImportChoicesForm.tsx';
import { ImportDone } from './ImportDone.tsx';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';
import { UploadProgressBar } from './UploadProgressBar.tsx';
import { useImportWizard } from './useImportWizard.ts';

/**
 * Pick or drop files → choose how to read them → upload with progress → preview (nothing
 * written) → import, skip the bad rows, or cancel (the uploads are discarded).
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  const formatLabel = useFormatLabel();
  const { upload, preview, commit } = wizard;

  if (commit.isSuccess) {
    return (
      <ImportDone
        counts={commit.data.counts}
        problems={preview?.data?.problems ?? []}
        onAnother={wizard.startOver}
      />
    );
  }
  const uploading = upload.progress !== null;
  return (
    <section className="import-wizard" aria-labelledby="import-wizard-title">
      <h2 id="import-wizard-title">{t('import.wizard.heading')}</h2>
      <FilePicker
        files={wizard.files}
        disabled={uploading || commit.isPending}
        onChoose={wizard.chooseFiles}
      />
      {wizard.files.length > 0 && (
        <ImportChoicesForm
          fileNames={wizard.files.map((file) => file.name)}
          choices={wizard.choices}
          relations={preview?.data?.relations ?? []}
          waveMissing={wizard.waveMissing}
          onChange={wizard.changeChoices}
        />
      )}
      {wizard.cancelled && (
        <p className="notice" role="status" data-testid="import-cancelled">
          {t('import.wizard.cancelled')}
        </p>
      )}
      {upload.error ? <ErrorNotice error={upload.error} /> : null}
      {upload.progress ? (
        <UploadProgressBar progress={upload.progress} onCancel={wizard.cancel} />
      ) : wizard.files.length > 0 && !upload.uploaded ? (
        <div className="import-actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="import-preview"
            disabled={!wizard.canPreview}
            onClick={wizard.startPreview}
          >
            {t('import.wizard.preview')}
          </button>
        </div>
      ) : null}
      {preview?.data && (
        <ColumnMappingPanel
          tables={preview.data.tables}
          formatLabel={formatLabel(preview.data.format)}
          disabled={preview.isFetching || commit.isPending}
          remembered={wizard.rememberedRoles}
          onChange={wizard.changeMapping}
        />
      )}
      {preview?.isError ? (
        <>
          <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
          <div className="import-actions">
            <button
              type="button"
              className="button"
              data-testid="import-cancel"
              onClick={wizard.cancel}
            >
              {t('import.wizard.cancel')}
            </button>
          </div>
        </>
      ) : preview && (preview.isFetching || !preview.data) ? (
        <div className="import-actions">
          <p role="status" className="muted" data-testid="import-previewing">
            {t('import.wizard.previewing')}
          </p>
          <button
            type="button"
            className="button"
            data-testid="import-cancel"
            onClick={wizard.cancel}
          >
            {t('import.wizard.cancel')}
          </button>
        </div>
      ) : null}
      {preview?.data && !preview.isFetching && (
        <ImportPreviewPanel
          preview={preview.data}
          committing={commit.isPending}
          commitError={commit.error}
          onCommit={(skipBadRows) => commit.mutate(skipBadRows)}
          onCancel={wizard.cancel}
        />
      )}
    </section>
  );
}
