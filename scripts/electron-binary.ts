import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Finds the Electron executable the way the `electron` package does, but without requiring
 * it: Electron 45 downloads its binary on first require, which hangs or fails offline.
 */
export function findElectronBinary(appRoot: string): { path: string } | { missing: string } {
  const packageDir = resolve(appRoot, 'node_modules/electron');
  const pathFile = resolve(packageDir, 'path.txt');
  if (!existsSync(packageDir)) return { missing: 'node_modules/electron is absent' };
  if (!existsSync(pathFile)) return { missing: 'node_modules/electron/path.txt is absent' };
  const executable = resolve(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? { path: executable } : { missing: `${executable} is absent` };
}
