import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatBytes } from './format-bytes.ts';
import { percentSent } from './upload-chunks.ts';
import type { UploadProgress } from './useFileUpload.ts';

interface UploadProgressBarProps {
  progress: UploadProgress;
  onCancel: () => void;
}

/** Bytes sent of the total, with the Cancel that stops the upload and discards it. */
export function UploadProgressBar({ progress, onCancel }: UploadProgressBarProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const percent = percentSent(progress.sent, progress.total);
  return (
    <div className="upload-progress" data-testid="import-progress">
      <label htmlFor="import-progress-bar">{t('import.wizard.progressLabel')}</label>
      <progress id="import-progress-bar" max={Math.max(progress.total, 1)} value={progress.sent} />
      <p role="status" className="upload-progress__text">
        {t('import.wizard.progress', {
          sent: formatBytes(progress.sent, language),
          total: formatBytes(progress.total, language),
          percent,
        })}
      </p>
      <button type="button" className="button" data-testid="import-cancel" onClick={onCancel}>
        {t('import.wizard.cancel')}
      </button>
    </div>
  );
}
