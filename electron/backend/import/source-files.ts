import { createHash, type Hash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';

/** A file to read: the name the user knows it by, and where its bytes are on disk. */
export interface ImportSource {
  name: string;
  path: string;
}

const CHUNK_BYTES = 1024 * 1024;

interface Fingerprint {
  hash: Hash;
  /** Bytes hashed so far, always a prefix of the file. */
  hashed: number;
}

/**
 * Reads the files of one import and fingerprints them on the way (SHA-256 per file), so an
 * import reads each file once instead of once to parse and again to hash. Readers may start
 * a file over (the CSV reader peeks at the header first): only bytes past the hashed prefix
 * feed the hash, so it is always the hash of the whole file in order. Whatever no reader
 * reached (a reader that stopped early) is read when the digests are asked for.
 */
export function sourceFiles() {
  const fingerprints = new Map<string, Fingerprint>();

  function fingerprintOf(source: ImportSource): Fingerprint {
    let found = fingerprints.get(source.path);
    if (!found) {
      found = { hash: createHash('sha256'), hashed: 0 };
      fingerprints.set(source.path, found);
    }
    return found;
  }

  /** Feeds the part of [position, position + bytes.length) that extends the hashed prefix. */
  function feed(fingerprint: Fingerprint, position: number, bytes: Uint8Array): void {
    const end = position + bytes.length;
    if (position > fingerprint.hashed || end <= fingerprint.hashed) return;
    fingerprint.hash.update(bytes.subarray(fingerprint.hashed - position));
    fingerprint.hashed = end;
  }

  return {
    /** The file in 1 MiB chunks, streamed from disk. */
    async *chunks(source: ImportSource): AsyncGenerator<Uint8Array> {
      const fingerprint = fingerprintOf(source);
      let position = 0;
      for await (const chunk of createReadStream(source.path, { highWaterMark: CHUNK_BYTES })) {
        const bytes = chunk as Buffer;
        feed(fingerprint, position, bytes);
        position += bytes.length;
        yield bytes;
      }
    },
    /** The whole file at once, for readers that need all of it (XML, workbooks). */
    bytes(source: ImportSource): Buffer {
      const bytes = readFileSync(source.path);
      feed(fingerprintOf(source), 0, bytes);
      return bytes;
    },
    /**
     * SHA-256 of each file, in the order given, separated by spaces: one file gives the
     * plain hash a tool such as `sha256sum` prints.
     */
    async digests(sources: readonly ImportSource[]): Promise<string> {
      const digests: string[] = [];
      for (const source of sources) {
        const fingerprint = fingerprintOf(source);
        const rest = createReadStream(source.path, {
          start: fingerprint.hashed,
          highWaterMark: CHUNK_BYTES,
        });
        for await (const chunk of rest) {
          const bytes = chunk as Buffer;
          feed(fingerprint, fingerprint.hashed, bytes);
        }
        digests.push(fingerprint.hash.digest('hex'));
        fingerprints.delete(source.path);
      }
      return digests.join(' ');
    },
  };
}

export type SourceFiles = ReturnType<typeof sourceFiles>;
