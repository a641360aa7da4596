import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatBytes } from './format-bytes.ts';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.gexf,.graphml,.dl,.net,.paj';

interface FilePickerProps {
  files: readonly File[];
  disabled: boolean;
  onChoose: (files: File[]) => void;
}

/** A drop zone with a file input inside: one or two files, by dragging or by choosing. */
export function FilePicker({ files, disabled, onChoose }: FilePickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [dragging, setDragging] = useState(false);
  const [tooMany, setTooMany] = useState<number | null>(null);

  const take = (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    if (chosen.length > 2) {
      setTooMany(chosen.length);
      return;
    }
    setTooMany(null);
    onChoose(chosen);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) take(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setDragging(true);
  };
  const size = files.reduce((sum, file) => sum + file.size, 0);

  return (
    <div
      className={['drop-zone', dragging && 'drop-zone--active'].filter(Boolean).join(' ')}
      data-testid="import-drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        id="import-files"
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPT}
        disabled={disabled}
        data-testid="import-file-input"
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
      <p className="drop-zone__prompt">
        {t('import.wizard.dropZone')}{' '}
        <label htmlFor="import-files" className="button button--primary">
          {t('import.wizard.choose')}
        </label>
      </p>
      <p className="field__hint">{t('import.wizard.dropHint')}</p>
      {tooMany !== null && (
        <p className="field__error" role="alert">
          {t('import.wizard.tooMany', { count: tooMany })}
        </p>
      )}
      {files.length > 0 && (
        <p className="drop-zone__chosen" data-testid="import-chosen">
          {t('import.wizard.chosen', {
            files: files.map((file) => file.name).join(', '),
            size: formatBytes(size, language),
          })}
        </p>
      )}
    </div>
  );
}
