import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TejidoError } from '../../../shared/api/errors.ts';

/** A single import may bring files up to this size (a million-row CSV is ~100 MB). */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

interface Upload {
  path: string;
  name: string;
  size: number;
  received: number;
}

/**
 * Files the renderer sends for import, in chunks, into a private folder of the user-data
 * directory. The same path works over IPC and HTTP (the page never names a path on disk),
 * and large files never sit whole in one message. Uploads live as long as the backend.
 */
export function uploadArea(userDataDir: string) {
  const folder = join(userDataDir, 'uploads');
  const uploads = new Map<string, Upload>();

  function find(id: string): Upload {
    const upload = uploads.get(id);
    if (!upload) throw new TejidoError('upload.notFound', { id });
    return upload;
  }

  return {
    begin(name: string, size: number): string {
      if (size > MAX_UPLOAD_BYTES) throw new TejidoError('upload.tooLarge', { limit: '2 GB' });
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const id = randomUUID();
      const path = join(folder, id);
      appendFileSync(path, new Uint8Array(0), { mode: 0o600 });
      uploads.set(id, { path, name, size, received: 0 });
      return id;
    },
    append(id: string, offset: number, bytes: Uint8Array): number {
      const upload = find(id);
      if (offset !== upload.received) {
        throw new TejidoError('upload.badOffset', { id, offset, expected: upload.received });
      }
      if (upload.received + bytes.length > upload.size) {
        throw new TejidoError('upload.badOffset', { id, offset, expected: upload.size });
      }
      appendFileSync(upload.path, bytes);
      upload.received += bytes.length;
      return upload.received;
    },
    /** The finished file: its path for the readers and the name the user knows it by. */
    complete(id: string): { path: string; name: string } {
      const upload = find(id);
      if (upload.received !== upload.size || statSync(upload.path).size !== upload.size) {
        throw new TejidoError('upload.badOffset', {
          id,
          offset: upload.received,
          expected: upload.size,
        });
      }
      return { path: upload.path, name: upload.name };
    },
    discard(id: string): void {
      const upload = uploads.get(id);
      if (!upload) return;
      uploads.delete(id);
      rmSync(upload.path, { force: true });
    },
    discardAll(): void {
      for (const id of [...uploads.keys()]) this.discard(id);
    },
  };
}

export type UploadArea = ReturnType<typeof uploadArea>;
