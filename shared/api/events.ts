import { z } from 'zod';
import { WorkshopId } from '../domain/ids.ts';

/**
 * What the backend pushes to the open app without being asked (SSE in browser mode, an IPC
 * channel in Electron): something changed that the screen should refetch.
 */
export const BackendEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('proposals.changed'), workshopId: WorkshopId }),
  z.object({ kind: z.literal('share.changed') }),
  /** A session's map changed (workshops.addActor/addTie/rate/decide/delete, not upsert). */
  z.object({ kind: z.literal('data.changed') }),
]);
export type BackendEvent = z.infer<typeof BackendEvent>;
