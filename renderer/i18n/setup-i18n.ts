import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en as zodEnglish, es as zodSpanish } from 'zod/locales';
import { catalogs, isLanguage, LANGUAGES, type Language } from '../../shared/i18n/catalogs.ts';
import { preferredLanguage, readStoredLanguage } from './language-preference.ts';

/**
 * A fresh i18next instance for the app (no global singleton), started in the preferred
 * language. Each language change also updates `<html lang>`, the window title and zod's
 * message locale, so every visible string follows the switcher.
 */
export async function setupI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    if (isLanguage(language)) applyLanguage(language, instance);
  });
  await instance.use(initReactI18next).init({
    resources: {
      es: { translation: catalogs.es },
      en: { translation: catalogs.en },
    },
    lng: preferredLanguage(readStoredLanguage(), window.navigator.languages),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  return instance;
}

function applyLanguage(language: Language, instance: i18n): void {
  document.documentElement.lang = language;
  document.title = instance.t('app.name', { lng: language });
  z.config(language === 'es' ? zodSpanish() : zodEnglish());
}
