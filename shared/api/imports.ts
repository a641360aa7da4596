import { z } from 'zod';
import { IsoDate } from '../domain/dates.ts';
import { Label } from '../domain/text.ts';
import { COLUMN_ROLES } from '../formats/csv/column-mapping.ts';

export const ImportFormat = z.enum([
  'auto',
  'csv',
  'xlsx',
  'roster',
  'events',
  'gexf',
  'graphml',
  'dl',
  'net',
]);
export type ImportFormat = z.infer<typeof ImportFormat>;

const UploadId = z.string().uuid();

export const ColumnRole = z.enum(COLUMN_ROLES);
export const TableKind = z.enum(['actors', 'ties']);

/**
 * How to read one table (a CSV file, or a sheet of a workbook): as actors or as ties, and
 * with which role for each column, by position. `roles: null` asks for the automatic
 * recognition of this kind of table (the wizard sends it when the user switches the kind).
 */
export const TableMapping = z
  .object({
    file: Label,
    sheet: z.string().max(200).nullable().default(null),
    table: TableKind,
    roles: z.array(ColumnRole).max(2_000).nullable().default(null),
  })
  .strict();
export type TableMapping = z.input<typeof TableMapping>;

/** What to import: uploaded files and the choices the wizard offers. */
export const ImportRequest = z
  .object({
    files: z
      .array(z.object({ uploadId: UploadId, name: Label }).strict())
      .min(1)
      .max(2),
    format: ImportFormat.default('auto'),
    wave: IsoDate.nullable().default(null),
    relation: z.string().max(200).nullable().default(null),
    coAttendanceTies: z.boolean().default(false),
    skipBadRows: z.boolean().default(false),
    /** Column roles chosen in the wizard; null reads every table as recognised. */
    mapping: z.array(TableMapping).max(4).nullable().default(null),
  })
  .strict()
  .superRefine((request, context) => {
    const names = new Set(request.files.map((file) => file.name));
    const seen = new Set<string>();
    request.mapping?.forEach((table, index) => {
      if (!names.has(table.file)) {
        context.addIssue({
          code: 'custom',
          path: ['mapping', index, 'file'],
          message: 'Names a file that is not part of this import',
        });
      }
      const key = JSON.stringify([table.file, table.sheet]);
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['mapping', index],
          message: 'The same table is mapped twice',
        });
      }
      seen.add(key);
    });
  });
export type ImportRequest = z.input<typeof ImportRequest>;

const Place = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  row: z.number().optional(),
  column: z.string().optional(),
});

export const ImportProblemView = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  place: Place,
});

export const ImportCounts = z.object({
  actorsAdded: z.number(),
  actorsUpdated: z.number(),
  tiesAdded: z.number(),
  tiesUpdated: z.number(),
  sectorsAdded: z.number(),
  tieTypesAdded: z.number(),
  events: z.number(),
  participation: z.number(),
  rejected: z.number(),
  errors: z.number(),
  warnings: z.number(),
});

/** What the wizard shows before the user confirms: nothing has been written yet. */
/** How one table was read: its headers, the roles recognised and the roles used. */
export const TableLayoutView = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  table: TableKind,
  headers: z.array(z.string()),
  detected: z.array(ColumnRole),
  roles: z.array(ColumnRole),
});
export type TableLayoutView = z.infer<typeof TableLayoutView>;

export const ImportPreview = z.object({
  format: z.string(),
  relations: z.array(z.string()),
  /**
   * The tables whose columns can be mapped (CSV files, workbook sheets), in reading order;
   * empty for formats with a fixed structure (GEXF, GraphML, DL, Pajek, roster, events).
   */
  tables: z.array(TableLayoutView),
  counts: ImportCounts,
  blocked: z.boolean(),
  /** The first problems (up to 500), by file, row and column; `counts` has the totals. */
  problems: z.array(ImportProblemView),
  sample: z.object({
    actors: z.array(z.object({ id: z.string(), name: z.string(), sector: z.string().nullable() })),
    ties: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        type: z.string(),
        weight: z.number(),
        start: z.string().nullable(),
        end: z.string().nullable(),
      }),
    ),
  }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ importId: z.number().int(), counts: ImportCounts });

export const ImportRecordView = z.object({
  id: z.number().int(),
  fileName: z.string(),
  format: z.string(),
  importedAt: z.string(),
  counts: z.record(z.string(), z.number()),
});

export const ExportFormat = z.enum(['csv', 'xlsx', 'gexf', 'graphml', 'dl', 'net']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportRequest = z
  .object({
    format: ExportFormat,
    pseudonymise: z.boolean().default(false),
    at: IsoDate.optional(),
  })
  .strict();

/** Files to save: the renderer offers them as downloads (base64, as JSON carries no bytes). */
export const ExportFiles = z.object({
  files: z.array(z.object({ name: z.string(), mimeType: z.string(), base64: z.string() })),
});
