import type { TypedCall } from '../../../shared/api/transport.ts';
import { bytesToBase64, chunkRanges } from './upload-chunks.ts';

export interface UploadedFile {
  uploadId: string;
  name: string;
}

interface UploadOptions {
  call: TypedCall;
  signal: AbortSignal;
  /** Bytes of all files sent so far. */
  onProgress: (sent: number) => void;
  /** Every upload the backend opened, so a cancel or failure can discard it. */
  onBegun: (uploadId: string) => void;
}

/**
 * Sends the files in chunks, one call at a time (the backend checks each offset), reading
 * one chunk from disk at a time so a large file is never held whole. Stops between chunks
 * when `signal` aborts, throwing its reason.
 */
export async function uploadFiles(
  files: readonly File[],
  { call, signal, onProgress, onBegun }: UploadOptions,
): Promise<UploadedFile[]> {
  const uploaded: UploadedFile[] = [];
  let sent = 0;
  for (const file of files) {
    signal.throwIfAborted();
    const { uploadId } = await call('uploads.begin', { name: file.name, size: file.size });
    onBegun(uploadId);
    for (const { start, end } of chunkRanges(file.size)) {
      signal.throwIfAborted();
      const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
      await call('uploads.append', { uploadId, offset: start, base64: bytesToBase64(bytes) });
      sent += end - start;
      onProgress(sent);
    }
    uploaded.push({ uploadId, name: file.name });
  }
  return uploaded;
}

/** Best effort: a discard that fails leaves only a temp file the backend removes on exit. */
export async function discardUploads(call: TypedCall, uploadIds: readonly string[]): Promise<void> {
  await Promise.all(
    uploadIds.map((uploadId) =>
      call('uploads.discard', { uploadId }).catch((cause: unknown) => {
        console.error('Tejido could not discard an upload', cause);
      }),
    ),
  );
}
