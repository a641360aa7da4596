import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/api/operations.ts';
import { dataHandlers } from './handlers/data-handlers.ts';
import { importHandlers } from './handlers/import-handlers.ts';
import { uploadArea } from './import/uploads.ts';
import { projectHandlers } from './handlers/project-handlers.ts';
import type { BackendHost } from './host.ts';
import { createProjectFile, openProjectFile } from './project/project-file.ts';
import { projectSession } from './project/project-session.ts';
import { recentProjectsStore } from './project/recent-projects.ts';
import { loadSample } from './sample/load-sample.ts';
import { workshopHandlers } from './handlers/workshop-handlers.ts';
import { eventHub } from './workshop/event-hub.ts';
import type { LanHost } from './workshop/lan-host.ts';
import { workshopShare } from './workshop/workshop-share.ts';

export interface BackendOptions {
  /** Settings, the recent list and the projects folder live here. */
  userDataDir: string;
  /** The bundled fictional sample (data/sample), used for the first project. */
  sampleDir: string;
  host: BackendHost;
  /** Shares a workshop on the LAN; hosts without one answer shareStart with share.unavailable. */
  lan?: LanHost;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}

export const DEFAULT_PROJECT_FILE = 'ejemplo.tejido';

/**
 * The backend: the handler table over one open project. Hosted by the Electron shell, the
 * browser-mode server and the CLI alike; it imports nothing from Electron.
 */
export function createBackend(options: BackendOptions) {
  const now = options.now ?? (() => new Date());
  const session = projectSession(now);
  const recent = recentProjectsStore(options.userDataDir);
  const projectsDir = join(options.userDataDir, 'projects');
  const uploads = uploadArea(options.userDataDir);
  const events = eventHub(options.log);
  const share = workshopShare({ session, events, now, lan: options.lan });
  const project = projectHandlers({ session, recent, host: options.host, projectsDir, now });
  /** A share belongs to the project it was started on: switching projects ends it. */
  const thenStopSharing =
    <I, O>(handler: (input: I) => O | Promise<O>) =>
    async (input: I): Promise<O> => {
      const output = await handler(input);
      await share.stop();
      return output;
    };
  const handlers = {
    ...project,
    'project.open': thenStopSharing(project['project.open']),
    'project.create': thenStopSharing(project['project.create']),
    'project.saveAs': thenStopSharing(project['project.saveAs']),
    ...dataHandlers(session),
    ...importHandlers(session, uploads),
    ...workshopHandlers(session, share, events),
  } satisfies Handlers;

  function close(): void {
    uploads.discardAll();
    session.close();
  }

  function openFile(path: string): void {
    session.replace(openProjectFile(path), path);
    recent.remember(path, session.info().name, now().toISOString());
  }

  return {
    handlers,
    session,
    /** What the backend pushes to the open app (proposals arriving, sharing starting). */
    events,
    share,
    /** Opens the given file, or (first launch) the last project, or a new sample project. */
    openStartupProject(path?: string): void {
      if (path) return openFile(path);
      const last = recent.list().find((entry) => entry.exists);
      if (last) return openFile(last.path);
      mkdirSync(projectsDir, { recursive: true });
      const samplePath = join(projectsDir, DEFAULT_PROJECT_FILE);
      if (!existsSync(samplePath)) createSampleProject(samplePath, options.sampleDir, now);
      openFile(samplePath);
    },
    /** Stops sharing (closing the LAN server) before the project closes under it. */
    async shutdown(): Promise<void> {
      await share.stop();
      close();
    },
    close,
  };
}

export type Backend = ReturnType<typeof createBackend>;

/** Writes a new project holding the sample data. A failure leaves no file behind. */
export function createSampleProject(path: string, sampleDir: string, now = () => new Date()): void {
  const db = createProjectFile(
    path,
    'Ejemplo: comunidades de aprendizaje (ficticio)',
    now().toISOString(),
  );
  const session = projectSession(now);
  session.replace(db, path);
  try {
    session.edit('sample.load', (ctx) => loadSample(ctx, sampleDir));
  } finally {
    session.close();
  }
}
