import { useTranslation } from 'react-i18next';
import { hashOf, type ScreenId } from './screens.ts';

type UnbuiltScreen = Exclude<ScreenId, 'data'>;

/** An honest placeholder: what the screen will do, and that it is not there yet. */
export function ComingSoon({ screen }: { screen: UnbuiltScreen }) {
  const { t } = useTranslation();
  return (
    <section className="coming-soon" aria-labelledby="screen-title" data-testid="coming-soon">
      <h1 id="screen-title">
        {t(`app.screens.${screen}.title`)}{' '}
        <span className="badge">{t('app.comingSoon.badge')}</span>
      </h1>
      <p className="lead">{t(`app.screens.${screen}.description`)}</p>
      <p className="muted">{t('app.comingSoon.note')}</p>
      <a className="button" href={hashOf('data')}>
        {t('app.comingSoon.goToData')}
      </a>
    </section>
  );
}
