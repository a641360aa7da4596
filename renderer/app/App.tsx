import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataScreen } from '../features/data/DataScreen.tsx';
import { ImportScreen } from '../features/import/ImportScreen.tsx';
import { MapScreen } from '../features/map/MapScreen.tsx';
import { MeasuresScreen } from '../features/measures/MeasuresScreen.tsx';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen.tsx';
import { OverTimeScreen } from '../features/over-time/OverTimeScreen.tsx';
import { ReportScreen } from '../features/report/ReportScreen.tsx';
import { AppHeader } from './AppHeader.tsx';
import { ScreenNav } from './ScreenNav.tsx';
import { useHashRoute } from './useHashRoute.ts';

/** The fragment holds the route, so the skip link moves focus instead of changing the hash. */
function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const { t } = useTranslation();
  const screen = useHashRoute();
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <ScreenNav current={screen} />
      <main id="main" className="app-main" tabIndex={-1}>
        {screen === 'data' ? (
          <DataScreen />
        ) : screen === 'map' ? (
          <MapScreen />
        ) : screen === 'measures' ? (
          <MeasuresScreen />
        ) : screen === 'overTime' ? (
          <OverTimeScreen />
        ) : screen === 'import' ? (
          <ImportScreen />
        ) : screen === 'workshop' ? (
          <WorkshopScreen />
        ) : (
          <ReportScreen />
        )}
      </main>
    </div>
  );
}
