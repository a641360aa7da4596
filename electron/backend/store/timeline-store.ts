import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { listActors } from './actors-store.ts';
import { listSectors, listTieTypes } from './catalog-store.ts';
import { listEvents } from './events-store.ts';
import { listGroups } from './groups-store.ts';
import { listTies } from './ties-store.ts';
import { listWaves } from './waves-store.ts';

/**
 * The whole project as time data: every actor and tie with its spells, dated memberships,
 * events with attendance, and waves. What `tejido series` measures, and what tests compare
 * the screens against.
 */
export function readTimelineData(db: ProjectDb): TimelineData {
  const { groups, members } = listGroups(db);
  const { events, participation } = listEvents(db);
  return {
    actors: listActors(db),
    ties: listTies(db),
    sectors: listSectors(db),
    tieTypes: listTieTypes(db),
    groups,
    members,
    events,
    participation,
    waves: listWaves(db),
  };
}
