import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type {
  OperationInput,
  OperationName,
  OperationOutput,
} from '../../shared/api/operations.ts';
import { createBackend, type Backend } from '../../electron/backend/backend.ts';
import { dispatch } from '../../electron/backend/dispatch.ts';
import { headlessHost } from '../../electron/backend/host.ts';
import type { CallResult } from '../../shared/api/transport.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const sampleDir = join(repoRoot, 'data/sample');

/** A backend over a fresh user-data folder in the temp dir, removed by `dispose`. */
export function tempBackend(): {
  dir: string;
  backend: Backend;
  call: <N extends OperationName>(name: N, input: OperationInput<N>) => Promise<OperationOutput<N>>;
  raw: (name: string, input: unknown) => Promise<CallResult>;
  dispose: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'tejido-test-'));
  const backend = createBackend({ userDataDir: dir, sampleDir, host: headlessHost });
  const raw = (name: string, input: unknown) =>
    dispatch(backend.handlers, name, input, { checkOutput: true });
  return {
    dir,
    backend,
    raw,
    call: async (name, input) => {
      const result = await raw(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    dispose: () => {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
