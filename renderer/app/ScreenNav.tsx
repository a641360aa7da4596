import { useTranslation } from 'react-i18next';
import { hashOf, SCREENS, type ScreenId } from './screens.ts';

export function ScreenNav({ current }: { current: ScreenId }) {
  const { t } = useTranslation();
  return (
    <nav className="screen-nav" aria-label={t('app.nav.label')}>
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen.id}>
            <a
              href={hashOf(screen.id)}
              data-testid={`nav-${screen.slug}`}
              aria-current={screen.id === current ? 'page' : undefined}
            >
              {t(`app.nav.${screen.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
