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
    const ranges = chunkRanges(file.size);
    // The next chunk is read and encoded while the current one travels.
    let next = ranges[0] ? encodeChunk(file.slice(ranges[0].start, ranges[0].end)) : null;
    for (const [index, { start, end }] of ranges.entries()) {
      signal.throwIfAborted();
      const base64 = await next!;
      const following = ranges[index + 1];
      next = following ? encodeChunk(file.slice(following.start, following.end)) : null;
      await call('uploads.append', { uploadId, offset: start, base64 });
      sent += end - start;
      onProgress(sent);
    }
    uploaded.push({ uploadId, name: file.name });
  }
  return uploaded;
}

/**
 * Standard base64 of a slice of a file, encoded by the browser itself (FileReader's data
 * URL): several times faster than building it in JavaScript, which matters at 8 MiB a call.
 * Falls back to the JavaScript encoder where FileReader is missing.
 */
function encodeChunk(blob: Blob): Promise<string> {
  const encoded = readBase64(blob);
  // A chunk read ahead is not awaited when the upload stops first; its failure is not news.
  encoded.catch(() => undefined);
  return encoded;
}

function readBase64(blob: Blob): Promise<string> {
  if (typeof FileReader === 'undefined') {
    return blob.arrayBuffer().then((buffer) => bytesToBase64(new Uint8Array(buffer)));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(blob);
  });
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
