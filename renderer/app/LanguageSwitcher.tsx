import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/i18n/catalogs.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** ES / EN buttons; each names its language in that language for screen readers. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('app.language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          data-testid={`lang-${option}`}
          aria-pressed={option === language}
          aria-label={t(`app.language.${option}Name`)}
          onClick={() => setLanguage(option)}
        >
          {t(`app.language.${option}`)}
        </button>
      ))}
    </div>
  );
}
