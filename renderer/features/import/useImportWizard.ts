import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ImportRequest, TableMapping } from '../../../shared/api/imports.ts';
import { call } from '../../api/client.ts';
import { acceptsTwoFiles, detectFormat, needsWave, type ChosenFormat } from './detect-format.ts';
import { rememberRoles, type RememberedRoles } from './mapping-changes.ts';
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

const NOTHING_REMEMBERED: RememberedRoles = new Map();

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
  /** Column roles the user changed; null reads the tables as recognised. */
  const [mapping, setMapping] = useState<TableMapping[] | null>(null);
  /** Each table's roles as last previewed for each kind, so a kind switched back keeps them. */
  const [rememberedRoles, setRememberedRoles] = useState<RememberedRoles>(NOTHING_REMEMBERED);
  const waveMissing = needsWave(choices.format) && choices.wave === '';
  const request =
    upload.uploaded && !waveMissing ? requestOf(upload.uploaded, choices, mapping) : null;
  const preview = useQuery({
    ...importPreviewQuery(request ?? { files: [] }),
    enabled: request !== null,
    // While a changed mapping is previewed, the columns stay on screen.
    placeholderData: keepPreviousData,
  });
  // Each new preview's roles are remembered as it arrives (state adjusted while rendering,
  // as React advises for state that follows other data, rather than in an effect).
  const tables = preview.data?.tables;
  const [rememberedFrom, setRememberedFrom] = useState(tables);
  if (tables !== undefined && tables !== rememberedFrom) {
    setRememberedFrom(tables);
    setRememberedRoles((current) => rememberRoles(current, tables));
  }
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
      setMapping(null);
      setRememberedRoles(NOTHING_REMEMBERED);
      setChoices({ ...NO_CHOICES, format: detectFormat(chosen.map((file) => file.name)) });
    },
    [discard, resetCommit],
  );
  const changeChoices = useCallback((change: Partial<ImportChoices>) => {
    // Another format reads other tables: its columns are recognised afresh.
    if (change.format !== undefined) {
      setMapping(null);
      setRememberedRoles(NOTHING_REMEMBERED);
    }
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
    setMapping(null);
    setRememberedRoles(NOTHING_REMEMBERED);
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
    changeMapping: setMapping,
    rememberedRoles,
    startPreview,
    cancel,
    startOver,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;

function requestOf(
  files: UploadedFile[],
  choices: ImportChoices,
  mapping: TableMapping[] | null,
): ImportRequest {
  return {
    mapping,
    files,
    format: choices.format ?? 'auto',
    wave: choices.wave === '' ? null : choices.wave,
    relation: choices.relation === '' ? null : choices.relation,
    coAttendanceTies: choices.format === 'events' && choices.coAttendanceTies,
    skipBadRows: false,
  };
}
