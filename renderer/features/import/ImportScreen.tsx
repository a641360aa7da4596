import { useTranslation } from 'react-i18next';
import { DuplicatesPanel } from './DuplicatesPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportWizard } from './ImportWizard.tsx';
import '../../styles/import.css';

/** Getting data in (the wizard, past imports, duplicates to merge) and out (export). */
export function ImportScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen import-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t('app.screens.import.title')}</h1>
      <p className="lead">{t('app.screens.import.description')}</p>
      <div className="import-layout">
        <div className="import-layout__main">
          <ImportWizard />
          <DuplicatesPanel />
          <ImportHistory />
        </div>
        <aside className="import-layout__side">
          <ExportPanel />
        </aside>
      </div>
    </section>
  );
}
