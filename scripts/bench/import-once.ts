/**
 * One measured import, in its own process so its peak memory is its own: reads the CSV
 * pair into a fresh project through the same service the wizard and the CLI use, and
 * prints {seconds, cpuSeconds, peakMb, actors, ties} as JSON. CPU time (user + system)
 * says more than the wall clock on a machine shared with other jobs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { importService } from '../../electron/backend/import/import-service.ts';
import { createProjectFile } from '../../electron/backend/project/project-file.ts';
import { projectSession } from '../../electron/backend/project/project-session.ts';
import { seedCatalog } from '../../electron/backend/sample/load-sample.ts';

const [actorsFile, tiesFile] = process.argv.slice(2);
if (!actorsFile || !tiesFile) throw new Error('usage: import-once.ts ACTORS.csv TIES.csv');
const dir = mkdtempSync(join(tmpdir(), 'tejido-bench-import-'));
const path = join(dir, 'bench.tejido');
const session = projectSession(() => new Date());
session.replace(createProjectFile(path, 'bench', new Date().toISOString()), path);
session.edit('setup', (ctx) => seedCatalog(ctx));
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await importService(session).commit(
  [actorsFile, tiesFile].map((file) => ({ name: basename(file), path: file })),
  { format: 'csv', wave: null, relation: null, coAttendanceTies: false, skipBadRows: false },
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
session.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    actors: result.counts.actorsAdded,
    ties: result.counts.tiesAdded,
  })}\n`,
);
