import { TejidoError } from '../../../shared/api/errors.ts';
import type { WorkshopId } from '../../../shared/domain/ids.ts';
import { ShareStatus } from '../../../shared/domain/workshop.ts';
import type { ProjectSession } from '../project/project-session.ts';
import { requireWorkshop } from '../store/workshops-store.ts';
import type { EventHub } from './event-hub.ts';
import { newJoinCode } from './join-code.ts';
import type { LanHost } from './lan-host.ts';
import { participantService, type ParticipantService } from './participant-service.ts';

interface ShareOptions {
  session: ProjectSession;
  events: EventHub;
  now: () => Date;
  /** Absent on hosts that cannot open a port to the room (the CLI, most tests). */
  lan: LanHost | undefined;
}

const NOT_SHARED: ShareStatus = ShareStatus.parse({
  active: false,
  workshopId: null,
  joinCode: null,
  urls: [],
  participants: 0,
});

/**
 * At most one workshop is shared at a time. Starting makes a fresh join code and a fresh
 * participant service (so earlier tokens die); stopping closes the LAN server entirely.
 */
export function workshopShare(options: ShareOptions) {
  const { session, events, lan } = options;
  let current: {
    workshopId: WorkshopId;
    code: string;
    joinUrls: string[];
    service: ParticipantService;
  } | null = null;

  function status(): ShareStatus {
    if (!current) return NOT_SHARED;
    const { workshopId, code, joinUrls, service } = current;
    return ShareStatus.parse({
      active: true,
      workshopId,
      joinCode: code,
      urls: joinUrls.map((url) => `${url}#${code}`),
      participants: service.participantCount,
    });
  }

  async function stop(): Promise<ShareStatus> {
    const was = current;
    if (!was) return NOT_SHARED;
    current = null;
    was.service.close();
    await lan?.stop();
    events.emit({ kind: 'share.changed' });
    return NOT_SHARED;
  }

  async function start(workshopId: WorkshopId): Promise<ShareStatus> {
    if (!lan) throw new TejidoError('share.unavailable');
    session.read((db) => requireWorkshop(db, workshopId));
    if (current?.workshopId === workshopId) return status();
    await stop();
    const code = newJoinCode();
    const service = participantService({ ...options, workshopId, code });
    let joinUrls: string[];
    try {
      ({ joinUrls } = await lan.start(service.api));
    } catch (error) {
      service.close();
      throw error;
    }
    current = { workshopId, code, joinUrls, service };
    events.emit({ kind: 'share.changed' });
    return status();
  }

  return {
    start,
    stop,
    status,
    /** The workshop being shared, if any: it cannot be deleted meanwhile. */
    get sharedWorkshopId(): string | null {
      return current?.workshopId ?? null;
    },
  };
}

export type WorkshopShare = ReturnType<typeof workshopShare>;
