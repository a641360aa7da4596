import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli as cliEn } from '../../shared/i18n/en/cli.ts';
import { cli as cliEs } from '../../shared/i18n/es/cli.ts';
import { languageOf, translate } from '../../shared/i18n/translate.ts';

/** What every command gets: translated output and where the app's files are. */
export interface CliContext {
  t: (key: string, params?: Record<string, string | number>) => string;
  print: (text: string) => void;
  error: (text: string) => void;
  appRoot: string;
}

export function createCliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  const language = languageOf(env.TEJIDO_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
  const catalog = { cli: language === 'es' ? cliEs : cliEn };
  return {
    t: (key, params) => translate(catalog, key, params),
    print: (text) => process.stdout.write(`${text}\n`),
    error: (text) => process.stderr.write(`${text}\n`),
    appRoot: resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  };
}
