import i18next, { type TFunction } from 'i18next';
import { catalogs, type Language } from '../../../../shared/i18n/catalogs.ts';

/** A real i18next instance on the app's catalogs, as setup-i18n makes it, without React. */
export async function translatorFor(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { es: { translation: catalogs.es }, en: { translation: catalogs.en } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
