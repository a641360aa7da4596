import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../../shared/domain/project.ts';

const MAX_RECENT = 12;
const RecentFile = z.array(
  z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() }),
);

/**
 * The recent-projects list, a small JSON file in the user-data folder. Together with native
 * dialogs it is the only source of project paths the renderer may ask to open.
 */
export function recentProjectsStore(userDataDir: string) {
  const file = join(userDataDir, 'recent-projects.json');

  function read(): z.infer<typeof RecentFile> {
    if (!existsSync(file)) return [];
    try {
      const parsed = RecentFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      // A damaged list is not worth refusing to start over; it is rebuilt as projects open.
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  function write(entries: z.infer<typeof RecentFile>): void {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(entries, null, 2));
    renameSync(temporary, file);
  }

  return {
    list(): RecentProject[] {
      return read().map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
    },
    includes(path: string): boolean {
      const wanted = resolve(path);
      return read().some((entry) => resolve(entry.path) === wanted);
    },
    remember(path: string, name: string, openedAt: string): void {
      const absolute = resolve(path);
      const others = read().filter((entry) => resolve(entry.path) !== absolute);
      write([{ path: absolute, name, openedAt }, ...others].slice(0, MAX_RECENT));
    },
  };
}

export type RecentProjects = ReturnType<typeof recentProjectsStore>;
