import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFiles } from '../../../../electron/backend/import/source-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'tejido-source-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 3.5 MiB of varied bytes: several 1 MiB chunks and a short last one. */
function bigFile(name: string): { name: string; path: string; sha: string } {
  const bytes = Buffer.alloc(3.5 * 1024 * 1024);
  for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 31 + 7) % 251;
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { name, path, sha: createHash('sha256').update(bytes).digest('hex') };
}

async function drain(chunks: AsyncIterable<Uint8Array>, limit = Infinity): Promise<number> {
  let count = 0;
  for await (const chunk of chunks) {
    count += chunk.length;
    if (count >= limit) break;
  }
  return count;
}

describe('sourceFiles', () => {
  it('fingerprints a file while it is read, even when a reader first peeks at its start', async () => {
    const file = bigFile('peeked.csv');
    const files = sourceFiles();
    await drain(files.chunks(file), 1);
    expect(await drain(files.chunks(file))).toBe(3.5 * 1024 * 1024);
    expect(await files.digests([file])).toBe(file.sha);
  });

  it('reads what no reader reached before giving the digest', async () => {
    const file = bigFile('stopped.csv');
    const files = sourceFiles();
    await drain(files.chunks(file), 1);
    expect(await files.digests([file])).toBe(file.sha);
  });

  it('gives one digest per file, in the order given, for files read whole', async () => {
    const first = bigFile('first.gexf');
    const second = bigFile('second.csv');
    writeFileSync(second.path, 'id\n1\n');
    const files = sourceFiles();
    files.bytes(first);
    const expected = `${first.sha} ${createHash('sha256').update('id\n1\n').digest('hex')}`;
    expect(await files.digests([first, second])).toBe(expected);
  });
});
