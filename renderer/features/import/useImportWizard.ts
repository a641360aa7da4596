import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ImportRequest } from '../../../shared/api/imports.ts';
import { call } from '../../api/client.ts';
import { acceptsTwoFiles, detectFormat, needsWave, type ChosenFormat } from './detect-format.ts';
import { importPreviewQuery, refreshAfterImport } from './queries.ts';
import type { UploadedFile } from './upload-files.ts';
import { useFileUpload } from './useFileUpload.ts';

export interface ImportChoices {
  format: ChosenFormat | null;
  /** ISO date or '' (none). */
  wave: string;
  /** '' until the user picks one of the preview's relations. */
  relation: string;
  coAttendanceTies: boolean;
}

const NO_CHOICES: ImportChoices = { format: null, wave: '', relation: '', coAttendanceTies: false };

/**
 * The import wizard's state: the chosen files and options, the upload, the preview (re-read
 * whenever an option changes, without sending the files again) and the commit.
 */
export function useImportWizard() {
  const queryClient = useQueryClient();
  const upload = useFileUpload();
  const [files, setFiles] = useState<File[]>([]);
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const [cancelled, setCancelled] = useState(false);
  const waveMissing = needsWave(choices.format) && choices.wave === '';
  const request = upload.uploaded && !waveMissing ? requestOf(upload.uploaded, choices) : null;
  const preview = useQuery({
    ...importPreviewQuery(request ?? { files: [] }),
    enabled: request !== null,
  });
  const commit = useMutation({
    mutationFn: (skipBadRows: boolean) => {
      if (!request) throw new Error('commit without uploads');
      return call('imports.commit', { ...request, skipBadRows });
    },
    onSuccess: async () => {
      upload.forget();
      await refreshAfterImport(queryClient);
    },
  });
  const { discard, start } = upload;
  const { reset: resetCommit } = commit;

  const chooseFiles = useCallback(
    (chosen: File[]) => {
      void discard();
      resetCommit();
      setCancelled(false);
      setFiles(chosen);
      setChoices({ ...NO_CHOICES, format: detectFormat(chosen.map((file) => file.name)) });
    },
    [discard, resetCommit],
  );
  const changeChoices = useCallback((change: Partial<ImportChoices>) => {
    setChoices((current) => ({ ...current, ...change }));
  }, []);
  const startPreview = useCallback(() => {
    setCancelled(false);
    void start(files);
  }, [files, start]);
  const cancel = useCallback(() => {
    void discard();
    resetCommit();
    setCancelled(true);
  }, [discard, resetCommit]);
  const startOver = useCallback(() => {
    resetCommit();
    setFiles([]);
    setChoices(NO_CHOICES);
  }, [resetCommit]);

  return {
    files,
    choices,
    waveMissing,
    canPreview:
      files.length > 0 &&
      choices.format !== null &&
      !waveMissing &&
      (files.length === 1 || acceptsTwoFiles(choices.format)),
    cancelled,
    upload,
    preview: request ? preview : null,
    commit,
    chooseFiles,
    changeChoices,
    startPreview,
    cancel,
    startOver,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;

function requestOf(files: UploadedFile[], choices: ImportChoices): ImportRequest {
  return {
    files,
    format: choices.format ?? 'auto',
    wave: choices.wave === '' ? null : choices.wave,
    relation: choices.relation === '' ? null : choices.relation,
    coAttendanceTies: choices.format === 'events' && choices.coAttendanceTies,
    skipBadRows: false,
  };
}
