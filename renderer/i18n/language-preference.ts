import { isLanguage, type Language } from '../../shared/i18n/catalogs.ts';

const STORAGE_KEY = 'tejido.language';

/**
 * The language to start in: the one the user last chose here, else Spanish when any of the
 * browser's (that is, the OS's) preferred languages is Spanish, else English.
 */
export function preferredLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  return browserLanguages.some((tag) => tag.toLowerCase().startsWith('es')) ? 'es' : 'en';
}

export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Only an explicit choice is stored, so until then the app keeps following the OS. */
export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch (cause) {
    console.warn('Tejido could not remember the language choice', cause);
  }
}
