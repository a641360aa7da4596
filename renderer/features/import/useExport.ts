import { useMutation } from '@tanstack/react-query';
import type { ExportFormat } from '../../../shared/api/imports.ts';
import { call } from '../../api/client.ts';
import { downloadFiles } from './download-files.ts';

export interface ExportChoices {
  format: ExportFormat;
  pseudonymise: boolean;
  /** ISO date or '' for the whole history. */
  at: string;
}

/** Asks the backend for the files and hands them to the browser as downloads. */
export function useExport() {
  return useMutation({
    mutationFn: async ({ format, pseudonymise, at }: ExportChoices) => {
      const { files } = await call('exports.create', {
        format,
        pseudonymise,
        ...(at === '' ? {} : { at }),
      });
      downloadFiles(files);
      return files.map((file) => file.name);
    },
  });
}
