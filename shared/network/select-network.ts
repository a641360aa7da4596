import type { NetworkQuery, NetworkSnapshot } from '../api/network.ts';
import type { GroupMember } from '../domain/group.ts';
import { isActiveAt, isActiveDuring } from '../temporal/tie-spells.ts';

type ParsedQuery = NetworkQuery;

export interface ProjectNetworkData extends NetworkSnapshot {
  members: readonly GroupMember[];
}

/**
 * The part of a project a query asks for. Actors are filtered by sector, region and group;
 * ties by type, status and date, and a tie is kept only when both its ends are kept, so the
 * result is always a consistent network. Actors without ties stay: isolates matter in SNA.
 */
export function selectNetwork(data: ProjectNetworkData, query: ParsedQuery): NetworkSnapshot {
  const inGroups = query.groups ? groupMembersAt(data.members, query) : null;
  const actors = data.actors.filter(
    (actor) =>
      (!query.sectors || (actor.sector !== null && query.sectors.includes(actor.sector))) &&
      (!query.regions || (actor.region !== null && query.regions.includes(actor.region))) &&
      (!inGroups || inGroups.has(actor.id)),
  );
  const kept = new Set<string>(actors.map((actor) => actor.id));
  const ties = data.ties.filter(
    (tie) =>
      kept.has(tie.source) &&
      kept.has(tie.target) &&
      (!query.tieTypes || query.tieTypes.includes(tie.type)) &&
      (!query.statuses || query.statuses.includes(tie.status)) &&
      isInTime(tie.spells, query),
  );
  return { actors, ties, sectors: data.sectors, tieTypes: data.tieTypes };
}

function isInTime(spells: Parameters<typeof isActiveAt>[0], query: ParsedQuery): boolean {
  if (query.at) return isActiveAt(spells, query.at);
  if (query.from || query.to) return isActiveDuring(spells, query.from ?? null, query.to ?? null);
  return true;
}

/** Members of the chosen groups, counting only memberships in force at the query's time. */
function groupMembersAt(members: readonly GroupMember[], query: ParsedQuery): Set<string> {
  const chosen = new Set<string>(query.groups);
  const result = new Set<string>();
  for (const member of members) {
    if (!chosen.has(member.groupId)) continue;
    const spell = [{ start: member.joined, end: member.left }];
    if (isInTime(spell, query)) result.add(member.actorId);
  }
  return result;
}
