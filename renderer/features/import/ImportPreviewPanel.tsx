import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/imports.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { blockReason } from './block-reason.ts';
import { PreviewSample } from './PreviewSample.tsx';
import { ProblemList } from './ProblemList.tsx';
import { useCountSentence } from './useCountSentence.ts';
import { useFormatLabel } from './useFormatLabel.ts';

interface ImportPreviewPanelProps {
  preview: ImportPreview;
  committing: boolean;
  commitError: unknown;
  onCommit: (skipBadRows: boolean) => void;
  onCancel: () => void;
}

/** What the import would do, what is wrong, and the choice to import, skip rows or cancel. */
export function ImportPreviewPanel(props: ImportPreviewPanelProps) {
  const { t } = useTranslation();
  const countSentence = useCountSentence('preview');
  const { preview } = props;
  const reason = blockReason(preview);
  const summary = countSentence(preview.counts, preview.problems);
  const formatLabel = useFormatLabel();
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">{t('import.preview.heading')}</h2>
      <p className="muted">{t('import.preview.readAs', { format: formatLabel(preview.format) })}</p>
      <p className="import-preview__summary" data-testid="import-counts">
        {summary ? t('import.preview.summary', { summary }) : t('import.preview.nothingNew')}
      </p>
      <div
        className={`notice ${reason === 'none' ? 'notice--ok' : 'notice--warning'}`}
        data-testid="import-status"
        data-reason={reason}
      >
        <p>
          {reason === 'none'
            ? t('import.preview.ready')
            : reason === 'relation'
              ? t('import.preview.blockedRelation')
              : reason === 'file'
                ? t('import.preview.blockedFile')
                : t('import.preview.blockedRows')}
        </p>
      </div>
      {props.commitError ? <ErrorNotice error={props.commitError} /> : null}
      <div className="import-actions">
        <button
          type="button"
          className="button"
          data-testid="import-cancel"
          disabled={props.committing}
          onClick={props.onCancel}
        >
          {t('import.wizard.cancel')}
        </button>
        {(reason === 'none' || reason === 'rows') && (
          <button
            type="button"
            className="button button--primary"
            data-testid={reason === 'none' ? 'import-confirm' : 'import-skip-bad-rows'}
            disabled={props.committing}
            onClick={() => props.onCommit(reason === 'rows')}
          >
            {props.committing
              ? t('import.preview.committing')
              : t(reason === 'none' ? 'import.preview.confirm' : 'import.preview.skipBadRows')}
          </button>
        )}
      </div>
      <PreviewSample sample={preview.sample} />
      <ProblemList
        problems={preview.problems}
        errors={preview.counts.errors}
        warnings={preview.counts.warnings}
      />
    </section>
  );
}
