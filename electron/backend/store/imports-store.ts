import { z } from 'zod';
import type { ProjectDb } from '../project/project-file.ts';
import { parseJsonColumn, parseRow } from './row-json.ts';

const ImportRow = z.object({
  id: z.number().int(),
  fileName: z.string(),
  format: z.string(),
  importedAt: z.string(),
  counts: z.record(z.string(), z.number()),
});

/** Every import so far, newest first: what came in, when, and how much was rejected. */
export function listImports(db: ProjectDb): z.infer<typeof ImportRow>[] {
  const rows = db
    .prepare('SELECT id, file_name, format, imported_at, counts FROM imports ORDER BY id DESC')
    .all() as {
    id: number;
    file_name: string;
    format: string;
    imported_at: string;
    counts: string;
  }[];
  return rows.map((row) =>
    parseRow(
      ImportRow,
      {
        id: row.id,
        fileName: row.file_name,
        format: row.format,
        importedAt: row.imported_at,
        counts: parseJsonColumn(row.counts, 'imports', String(row.id)),
      },
      'imports',
      String(row.id),
    ),
  );
}
