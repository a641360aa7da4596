/** The bundled sample project as time-analysis data, read from its CSV files with papaparse. */
import { Actor } from '../../../../shared/domain/actor.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../../../../shared/domain/default-catalog.ts';
import { Event, Participation } from '../../../../shared/domain/event.ts';
import { Group, GroupMember } from '../../../../shared/domain/group.ts';
import { Tie } from '../../../../shared/domain/tie.ts';
import { Wave } from '../../../../shared/domain/wave.ts';
import type { TimelineData } from '../../../../shared/temporal/timeline-data.ts';
import { readSampleCsv, tiesById } from '../../data/sample-tables.ts';

const orNull = (text: string | undefined): string | null => (text ? text : null);

export function readSampleTimeline(): TimelineData {
  const rows = (name: string) => readSampleCsv(name).rows;
  const actors = rows('actors.csv').map((row) =>
    Actor.parse({
      id: row.id,
      name: row.name,
      sector: orNull(row.sector),
      kind: row.kind,
      region: orNull(row.region),
      attributes: {},
      notes: row.notes ?? '',
    }),
  );
  const ties = [...tiesById(rows('ties.csv')).values()].map((tie) =>
    Tie.parse({
      id: tie.id,
      source: tie.source,
      target: tie.target,
      type: tie.type,
      weight: Number(tie.rows[0]!.weight),
      status: tie.status,
      spells: tie.rows.map((row) => ({ start: orNull(row.start), end: orNull(row.end) })),
      evidence: orNull(tie.rows[0]!.evidence),
      note: tie.rows[0]!.note ?? '',
      attributes: {},
    }),
  );
  return {
    actors,
    ties,
    sectors: [...DEFAULT_SECTORS],
    tieTypes: [...DEFAULT_TIE_TYPES],
    groups: rows('groups.csv').map((row) => Group.parse(row)),
    members: rows('group_members.csv').map((row) =>
      GroupMember.parse({
        groupId: row.group_id,
        actorId: row.actor_id,
        joined: orNull(row.joined),
        left: orNull(row.left),
      }),
    ),
    events: rows('events.csv').map((row) =>
      Event.parse({ ...row, end: orNull(row.end), groupId: orNull(row.group_id) }),
    ),
    participation: rows('participation.csv').map((row) =>
      Participation.parse({ eventId: row.event_id, actorId: row.actor_id, role: row.role }),
    ),
    waves: rows('waves.csv').map((row) => Wave.parse(row)),
  };
}
