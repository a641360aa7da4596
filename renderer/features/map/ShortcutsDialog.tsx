import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const KEYS = [
  'projector',
  'search',
  'fit',
  'zoomIn',
  'zoomOut',
  'pan',
  'layout',
  'labels',
  'clear',
  'timeStep',
  'timePlay',
  'help',
] as const;

/** The map's keyboard shortcuts, in a native modal dialog. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="map-shortcuts-title"
      data-testid="map-shortcuts-dialog"
      onClose={onClose}
    >
      <h2 id="map-shortcuts-title" className="dialog__title">
        {t('map.shortcuts.title')}
      </h2>
      <ul className="map-shortcuts">
        {KEYS.map((key) => (
          <li key={key}>{t(`map.shortcuts.${key}`)}</li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('map.shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
