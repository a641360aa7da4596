import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { participant as english } from '../../shared/i18n/en/participant.ts';
import { participant as spanish } from '../../shared/i18n/es/participant.ts';
import { preferredLanguage, readStoredLanguage } from '../i18n/language-preference.ts';

/**
 * Only the phone page's own strings (a small download over a crowded Wi-Fi), in the
 * browser's language unless the person switched; the switch is remembered like the app's.
 */
export async function setupParticipantI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    document.title = instance.t('participant.title');
  });
  await instance.use(initReactI18next).init({
    resources: {
      es: { translation: { participant: spanish } },
      en: { translation: { participant: english } },
    },
    lng: preferredLanguage(readStoredLanguage(), window.navigator.languages),
    fallbackLng: 'en',
    supportedLngs: ['es', 'en'],
    interpolation: { escapeValue: false },
  });
  return instance;
}
