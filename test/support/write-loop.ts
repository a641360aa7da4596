/**
 * Child process for the crash-safety test: writes to a project forever, one user action per
 * transaction (an actor, a tie and their change-log rows), printing the number of committed
 * actions after each commit, until the parent kills it with SIGKILL.
 */
import { openProjectFile } from '../../electron/backend/project/project-file.ts';
import { projectSession } from '../../electron/backend/project/project-session.ts';
import { upsertActor } from '../../electron/backend/store/actors-store.ts';
import { upsertTie } from '../../electron/backend/store/ties-store.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: write-loop.ts PROJECT');
const session = projectSession(() => new Date());
session.replace(openProjectFile(path), path);
for (let i = 0; ; i++) {
  session.edit('crash.write', (ctx) => {
    const actor = upsertActor(ctx, {
      id: `crash-${i}`,
      name: `Actor ${i} ${'relleno '.repeat(20)}`,
      sector: 'cso',
      kind: 'organisation',
      region: null,
      attributes: {},
      notes: 'x'.repeat(2000),
    });
    upsertTie(ctx, {
      source: actor.id,
      target: 'anchor',
      type: 'collaboration',
      weight: 1,
      status: 'existing',
      spells: [],
      evidence: 'survey',
      note: '',
      attributes: {},
    });
  });
  process.stdout.write(`${i + 1}\n`);
}
