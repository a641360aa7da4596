import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FORMATS } from './detect-format.ts';

/** A format as the wizard names it; formats it does not list (kumu) keep their own name. */
export function useFormatLabel(): (format: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (format: string) => {
      const known = IMPORT_FORMATS.find((candidate) => candidate === format);
      return known ? t(`import.wizard.formats.${known}`) : format;
    },
    [t],
  );
}
