/** Tiny hand-made timelines for the temporal tests. */
import { Actor } from '../../../../shared/domain/actor.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import { Event, Participation } from '../../../../shared/domain/event.ts';
import { Group, GroupMember } from '../../../../shared/domain/group.ts';
import { Tie } from '../../../../shared/domain/tie.ts';
import type { TimelineData } from '../../../../shared/temporal/timeline-data.ts';

type Span = [string | null, string | null];

export const actor = (id: string, sector: string | null): Actor =>
  Actor.parse({
    id,
    name: id,
    sector,
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
  });

export const tie = (id: string, source: string, target: string, ...spans: Span[]): Tie =>
  Tie.parse({
    id,
    source,
    target,
    type: 'collaboration',
    weight: 1,
    status: 'existing',
    spells: spans.map(([start, end]) => ({ start, end })),
    evidence: 'survey',
    note: '',
    attributes: {},
  });

export const member = (
  groupId: string,
  actorId: string,
  joined: string | null,
  left: string | null,
) => GroupMember.parse({ groupId, actorId, joined, left });

export const event = (id: string, start: string) =>
  Event.parse({ id, name: id, start, end: null, place: '', groupId: 'g1', description: '' });

export const attended = (eventId: string, ...actorIds: string[]): Participation[] =>
  actorIds.map((actorId) => Participation.parse({ eventId, actorId, role: 'participante' }));

export function timeline(parts: Partial<TimelineData>): TimelineData {
  return {
    actors: [],
    ties: [],
    sectors: [...DEFAULT_SECTORS],
    tieTypes: [...DEFAULT_TIE_TYPES],
    members: [],
    groups: [Group.parse({ id: 'g1', name: 'CA 1', kind: 'learning_community', description: '' })],
    events: [],
    participation: [],
    waves: [],
    ...parts,
  };
}
