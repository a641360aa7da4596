import { z } from 'zod';
import { Label } from './text.ts';

export const ProjectCounts = z.object({
  actors: z.number().int(),
  ties: z.number().int(),
  groups: z.number().int(),
  events: z.number().int(),
  waves: z.number().int(),
});

/** What the app knows about the open project file. */
export const ProjectInfo = z.object({
  path: z.string(),
  name: Label,
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  counts: ProjectCounts,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const RecentProject = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentProject = z.infer<typeof RecentProject>;

/** One appended row of the edit log: enough to show provenance and to undo. */
export const Change = z.object({
  seq: z.number().int(),
  at: z.string(),
  batch: z.string(),
  operation: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type Change = z.infer<typeof Change>;
