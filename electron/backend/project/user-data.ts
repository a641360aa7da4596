import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Tejido keeps its projects and settings outside Electron, chosen to be the same folder
 * Electron's app.getPath('userData') gives, so browser mode and the desktop app share them.
 * TEJIDO_HOME overrides it (tests, portable installs).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TEJIDO_HOME) return env.TEJIDO_HOME;
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tejido');
  }
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', 'Tejido');
  }
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Tejido');
}

/** A project name made safe as a file name: no separators, no dots at the start. */
export function projectFileName(name: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/^[.\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${safe || 'proyecto'}.tejido`;
}
