import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TejidoError } from '../../shared/api/errors.ts';
import { catalogs } from '../../shared/i18n/catalogs.ts';
import { languageOf, translate } from '../../shared/i18n/translate.ts';

/** What every command gets: translated output and where the app's files are. */
export interface CliContext {
  t: (key: string, params?: Record<string, string | number>) => string;
  /** The user-facing sentence for a failure, translated like the app does. */
  describeError: (error: unknown) => string;
  print: (text: string) => void;
  error: (text: string) => void;
  appRoot: string;
}

export function createCliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  const language = languageOf(env.TEJIDO_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
  const catalog = catalogs[language];
  const t: CliContext['t'] = (key, params) => translate(catalog, key, params);
  return {
    t,
    describeError: (error) =>
      error instanceof TejidoError
        ? t(`errors.${error.code}`, error.params)
        : t('cli.failed', { message: error instanceof Error ? error.message : String(error) }),
    print: (text) => process.stdout.write(`${text}\n`),
    error: (text) => process.stderr.write(`${text}\n`),
    appRoot: resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  };
}
