import type { Event, Participation } from '../domain/event.ts';
import type { Group } from '../domain/group.ts';
import type { Wave } from '../domain/wave.ts';
import type { ProjectNetworkData } from '../network/select-network.ts';
import type { DateRange } from './tie-spells.ts';

/**
 * Everything time analysis reads from a project: actors, ties with their spells, catalogues,
 * dated group memberships, groups, events with participation, and survey waves.
 * `actorSpells` holds the presence spells a file may give its actors (GEXF node spells);
 * projects record none, and an actor missing from it has no presence dates of its own.
 */
export interface TimelineData extends ProjectNetworkData {
  groups: readonly Group[];
  events: readonly Event[];
  participation: readonly Participation[];
  waves: readonly Wave[];
  actorSpells?: ReadonlyMap<string, readonly DateRange[]>;
}
