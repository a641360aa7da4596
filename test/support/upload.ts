import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { tempBackend } from './temp-backend.ts';

type Env = ReturnType<typeof tempBackend>;

/** Sends bytes through uploads.begin/append in small chunks, as the renderer does. */
export async function upload(
  env: Env,
  name: string,
  bytes: Uint8Array,
  chunkSize = 7,
): Promise<string> {
  const { uploadId } = await env.call('uploads.begin', { name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    const chunk = Buffer.from(bytes.subarray(offset, offset + chunkSize)).toString('base64');
    await env.call('uploads.append', { uploadId, offset, base64: chunk });
  }
  return uploadId;
}

export async function uploadFile(
  env: Env,
  path: string,
): Promise<{ uploadId: string; name: string }> {
  const bytes = readFileSync(path);
  return { uploadId: await upload(env, basename(path), bytes, 64 * 1024), name: basename(path) };
}
