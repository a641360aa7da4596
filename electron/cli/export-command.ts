import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExportFormat } from '../../shared/api/imports.ts';
import { IsoDate } from '../../shared/domain/dates.ts';
import { selectNetwork } from '../../shared/network/select-network.ts';
import { exportNetwork } from '../backend/export/export-project.ts';
import { openProjectFile } from '../backend/project/project-file.ts';
import { projectSession } from '../backend/project/project-session.ts';
import { listActors } from '../backend/store/actors-store.ts';
import { listSectors, listTieTypes } from '../backend/store/catalog-store.ts';
import { listGroups } from '../backend/store/groups-store.ts';
import { listTies } from '../backend/store/ties-store.ts';
import type { CliContext } from './cli-context.ts';

/**
 * `tejido export --project P --format csv|xlsx|gexf|graphml|dl|net [--pseudonymise]
 * [--at DATE] --out PATH`. CSV gives two files beside PATH (actors and ties).
 */
export async function exportCommand(args: string[], cli: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      project: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      at: { type: 'string' },
      pseudonymise: { type: 'boolean', default: false },
    },
  });
  const format = ExportFormat.safeParse(values.format);
  const at = values.at === undefined ? null : IsoDate.safeParse(values.at);
  if (!values.project || !values.out || !format.success || (at && !at.success)) {
    cli.error(cli.t('cli.export.usage'));
    return 2;
  }
  const session = projectSession(() => new Date());
  session.replace(openProjectFile(resolve(values.project)), resolve(values.project));
  try {
    const snapshot = session.read((db) =>
      selectNetwork(
        {
          actors: listActors(db),
          ties: listTies(db),
          sectors: listSectors(db),
          tieTypes: listTieTypes(db),
          members: listGroups(db).members,
        },
        at?.success ? { at: at.data } : {},
      ),
    );
    const out = resolve(values.out);
    const files = await exportNetwork(snapshot, format.data, {
      pseudonymise: values.pseudonymise,
      baseName: basename(out, extname(out)),
      creator: 'Tejido',
    });
    mkdirSync(dirname(out), { recursive: true });
    for (const file of files) {
      const path = files.length === 1 ? out : join(dirname(out), file.name);
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      cli.print(cli.t('cli.export.written', { path }));
    }
    return 0;
  } finally {
    session.close();
  }
}
