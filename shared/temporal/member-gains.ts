import { snapshotAt, type SnapshotOptions } from './snapshots.ts';
import type { TimelineData } from './timeline-data.ts';
import { isActiveDuring } from './tie-spells.ts';

export interface GainGroup {
  /** Actors in this group: the denominator. */
  actors: number;
  /** New ties touching them, a tie between two of them counting for both. */
  tiesGained: number;
  /** tiesGained / actors; null when there are no actors. */
  perActor: number | null;
}

export interface MemberGains {
  /** i18n key of the one-sentence definition shown with the numbers. */
  definition: 'time.indicators.memberGains';
  before: string;
  after: string;
  members: GainGroup;
  nonMembers: GainGroup;
}

/**
 * Learning-community members against non-members: ties gained per actor between two days.
 * A tie is gained when it is active on `after` and was not on `before`; each actor gains the
 * new ties it is an end of. Members are actors with a membership of a learning community
 * (or of the groups given) at any moment of [before, after); non-members are the other
 * actors present on either day. A difference is an association, not proof the community
 * caused it: members may have been chosen because they were already well connected.
 * Ref: a difference-in-means comparison of tie gains, as in cohort studies of network
 * interventions (Valente 2012, Science 337:49–53).
 */
export function memberTieGains(
  data: TimelineData,
  before: string,
  after: string,
  groupIds: readonly string[] | null = null,
  options: SnapshotOptions = {},
): MemberGains {
  const chosen = new Set<string>(
    groupIds ??
      data.groups.filter((group) => group.kind === 'learning_community').map((group) => group.id),
  );
  const members = new Set<string>();
  for (const member of data.members) {
    const spell = [{ start: member.joined, end: member.left }];
    if (chosen.has(member.groupId) && isActiveDuring(spell, before, after)) {
      members.add(member.actorId);
    }
  }
  const first = snapshotAt(data, before, options);
  const second = snapshotAt(data, after, options);
  const earlier = new Set<string>(first.ties.map((tie) => tie.id));
  const population = new Set<string>([
    ...first.actors.map((actor) => actor.id),
    ...second.actors.map((actor) => actor.id),
    ...members,
  ]);
  const gained = new Map<string, number>();
  for (const tie of second.ties) {
    if (earlier.has(tie.id)) continue;
    gained.set(tie.source, (gained.get(tie.source) ?? 0) + 1);
    gained.set(tie.target, (gained.get(tie.target) ?? 0) + 1);
  }
  const tally = (inGroup: boolean): GainGroup => {
    const actors = [...population].filter((actor) => members.has(actor) === inGroup);
    const tiesGained = actors.reduce((sum, actor) => sum + (gained.get(actor) ?? 0), 0);
    return {
      actors: actors.length,
      tiesGained,
      perActor: actors.length === 0 ? null : tiesGained / actors.length,
    };
  };
  return {
    definition: 'time.indicators.memberGains',
    before,
    after,
    members: tally(true),
    nonMembers: tally(false),
  };
}
