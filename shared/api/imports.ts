import { z } from 'zod';
import { IsoDate } from '../domain/dates.ts';
import { Label } from '../domain/text.ts';

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
  })
  .strict();
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
export const ImportPreview = z.object({
  format: z.string(),
  relations: z.array(z.string()),
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
