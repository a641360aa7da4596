import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TejidoError } from '../../../shared/api/errors.ts';
import type { Handlers, ParsedInput } from '../../../shared/api/operations.ts';
import type { BackendHost } from '../host.ts';
import { createProjectFile, openProjectFile } from '../project/project-file.ts';
import type { ProjectSession } from '../project/project-session.ts';
import type { RecentProjects } from '../project/recent-projects.ts';
import { projectFileName } from '../project/user-data.ts';
import { seedCatalog } from '../sample/load-sample.ts';

export type ProjectOperation =
  'project.info' | 'project.recent' | 'project.create' | 'project.open' | 'project.saveAs';

type Target = ParsedInput<'project.open'>['target'];

export interface ProjectContext {
  session: ProjectSession;
  recent: RecentProjects;
  host: BackendHost;
  projectsDir: string;
  now: () => Date;
}

/** Project lifecycle operations: where files come from is decided here, never by the page. */
export function projectHandlers(context: ProjectContext) {
  const { session, recent, host, projectsDir, now } = context;

  function remember(): void {
    recent.remember(session.path, session.info().name, now().toISOString());
  }

  async function destination(target: Target, name: string): Promise<string> {
    if (target.via === 'dialog') {
      const chosen = await host.chooseProjectDestination(projectFileName(name));
      if (!chosen) throw new TejidoError('dialog.cancelled');
      return chosen;
    }
    if (target.via === 'recent') throw new TejidoError('project.exists', { path: target.path });
    mkdirSync(projectsDir, { recursive: true });
    return join(projectsDir, projectFileName(target.name));
  }

  async function source(target: Target): Promise<string> {
    if (target.via === 'dialog') {
      const chosen = await host.chooseProjectToOpen();
      if (!chosen) throw new TejidoError('dialog.cancelled');
      return chosen;
    }
    if (target.via === 'recent') {
      if (!recent.includes(target.path)) {
        throw new TejidoError('project.notInRecent', { path: target.path });
      }
      return resolve(target.path);
    }
    return join(projectsDir, projectFileName(target.name));
  }

  return {
    'project.info': () => session.info(),
    'project.recent': () => recent.list(),
    'project.create': async ({ name, target }) => {
      const path = await destination(target, name);
      const db = createProjectFile(path, name, now().toISOString());
      session.replace(db, path);
      session.edit('project.create', (ctx) => seedCatalog(ctx));
      remember();
      return session.info();
    },
    'project.open': async ({ target }) => {
      const path = await source(target);
      session.replace(openProjectFile(path), path);
      remember();
      return session.info();
    },
    'project.saveAs': async ({ name, target }) => {
      const path = await destination(target, name);
      if (existsSync(path)) throw new TejidoError('project.exists', { path });
      // VACUUM INTO writes a consistent, compact copy (WAL content included) in one step.
      session.db.prepare('VACUUM INTO ?').run(path);
      const copy = openProjectFile(path);
      copy.prepare("UPDATE project_meta SET value = ? WHERE key = 'name'").run(name);
      session.replace(copy, path);
      remember();
      return session.info();
    },
  } satisfies Pick<Handlers, ProjectOperation>;
}
