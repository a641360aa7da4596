import { useTranslation } from 'react-i18next';
import { UndoRedo } from '../features/history/UndoRedo.tsx';
import { useProjectInfo } from '../features/project/useProjectInfo.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

function ProjectName() {
  const { t } = useTranslation();
  const project = useProjectInfo();
  const name = project.data?.name;
  return (
    <p className="project-name">
      <span className="visually-hidden">{t('app.project.label')}: </span>
      <span data-testid="project-name" title={project.data?.path}>
        {name ?? (project.isPending ? t('app.project.loading') : t('app.project.unavailable'))}
      </span>
    </p>
  );
}

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__title">
        <p className="app-name">{t('app.name')}</p>
        <ProjectName />
      </div>
      <div className="app-header__tools">
        <UndoRedo />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
