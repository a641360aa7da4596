import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client.ts';
import { discardUploads, uploadFiles, type UploadedFile } from './upload-files.ts';

export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * Sends files to the backend with progress, and throws them away on cancel, on failure and
 * when the screen closes, so an abandoned import leaves nothing behind.
 */
export function useFileUpload() {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [uploaded, setUploaded] = useState<UploadedFile[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const begun = useRef<string[]>([]);

  const discard = useCallback(async () => {
    controller.current?.abort();
    const uploadIds = begun.current;
    begun.current = [];
    setUploaded(null);
    setProgress(null);
    setError(null);
    await discardUploads(call, uploadIds);
  }, []);

  const start = useCallback(
    async (files: readonly File[]) => {
      await discard();
      const abort = new AbortController();
      controller.current = abort;
      const total = files.reduce((sum, file) => sum + file.size, 0);
      setProgress({ sent: 0, total });
      try {
        const result = await uploadFiles(files, {
          call,
          signal: abort.signal,
          onProgress: (sent) => setProgress({ sent, total }),
          onBegun: (uploadId) => begun.current.push(uploadId),
        });
        setUploaded(result);
      } catch (cause) {
        // A cancel already discarded what was sent; a failure discards it here.
        if (abort.signal.aborted) return;
        await discardUploads(call, begun.current.splice(0));
        setError(cause);
      } finally {
        if (controller.current === abort) setProgress(null);
      }
    },
    [discard],
  );

  /** After a commit: the backend has discarded the uploads itself. */
  const forget = useCallback(() => {
    begun.current = [];
    setUploaded(null);
  }, []);

  useEffect(
    () => () => {
      void discard();
    },
    [discard],
  );

  return { progress, uploaded, error, start, discard, forget };
}
