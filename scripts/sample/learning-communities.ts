/**
 * The three learning communities of the sample, their dated membership, and who attended
 * their events. Modelled on the shape of a real programme (group sizes, dates, places) with
 * every name invented.
 */
import type { Cast } from './actors.ts';
import { REGIONS } from './actors.ts';
import { EVENTS } from './events.ts';
import type { EventRow } from './events.ts';
import type { Random } from './random.ts';

export interface GroupRow {
  id: string;
  name: string;
  kind: 'learning_community' | 'tier' | 'other';
  description: string;
}

export interface MemberRow {
  groupId: string;
  actorId: string;
  joined: string;
  left: string | null;
}

export interface ParticipationRow {
  eventId: string;
  actorId: string;
  role: string;
}

export const GROUPS: readonly GroupRow[] = [
  {
    id: 'g1',
    name: 'Comunidad de Aprendizaje 1 — Justicia y prevención',
    kind: 'learning_community',
    description:
      'Siete OSC aliadas y tres organizaciones de apoyo intermedio; cinco encuentros en Tijuana, Ciudad de México y Sonora (2018 – marzo de 2020).',
  },
  {
    id: 'g2',
    name: 'Comunidad de Aprendizaje 2 — Derechos humanos y alianzas',
    kind: 'learning_community',
    description:
      'Diez OSC socias y cuatro OSC con adjudicación de monto fijo; tres encuentros en Ciudad de México y Tijuana (junio de 2019 – enero de 2020).',
  },
  {
    id: 'g3',
    name: 'Comunidad de Aprendizaje 3 — Liderazgos por la paz',
    kind: 'learning_community',
    description:
      'Ocho liderazgos locales de Sonora y Coahuila que viajaron juntos en una gira de estudio y diseñan dos proyectos de prevención (noviembre de 2019 – junio de 2020).',
  },
];

/** The first event of each community: the day its founding members joined. */
const G1_START = '2018-03-14';
const G2_START = '2019-06-19';
const G3_START = '2019-10-06';

export function buildMemberships(cast: Cast): MemberRow[] {
  const csoG1 = cast.of('csoG1');
  const csoG2 = cast.of('csoG2');
  const csoFaa = cast.of('csoFaa');
  const leaders = cast.of('leaderSonora', 'leaderCoahuila');
  // One late joiner and one early leaver per community, as real rosters have.
  const dates: Record<string, { joined?: string; left?: string }> = {
    [csoG1[4]!]: { joined: '2018-09-19' },
    [csoG1[6]!]: { left: '2019-07-01' },
    [csoG2[9]!]: { joined: '2019-10-23' },
    [csoFaa[3]!]: { left: '2019-12-01' },
    [leaders[3]!]: { left: '2020-03-01' },
  };
  const rows = (groupId: string, ids: string[], start: string): MemberRow[] =>
    ids.map((actorId) => ({
      groupId,
      actorId,
      joined: dates[actorId]?.joined ?? start,
      left: dates[actorId]?.left ?? null,
    }));
  return [
    ...rows('g1', [...cast.of('isoG1'), ...csoG1], G1_START),
    ...rows('g2', [...csoG2, ...csoFaa], G2_START),
    ...rows('g3', leaders, G3_START),
  ];
}

/** Members of `groupId` on `date`: joined on or before it and not yet left (half-open). */
export function membersOn(members: readonly MemberRow[], groupId: string, date: string): string[] {
  return members
    .filter((m) => m.groupId === groupId && m.joined <= date && (m.left === null || date < m.left))
    .map((m) => m.actorId);
}

const REGION_OF_PLACE: Record<string, string> = {
  Tijuana: REGIONS.bc,
  'Ciudad de México': REGIONS.cdmx,
  Hermosillo: REGIONS.son,
  Saltillo: REGIONS.coa,
};

export function buildParticipation(
  random: Random,
  cast: Cast,
  members: readonly MemberRow[],
): ParticipationRow[] {
  const rows: ParticipationRow[] = [];
  const attend = (eventId: string, actorIds: readonly string[], role: string): void => {
    for (const actorId of actorIds) {
      if (!rows.some((r) => r.eventId === eventId && r.actorId === actorId)) {
        rows.push({ eventId, actorId, role });
      }
    }
  };
  for (const event of EVENTS) {
    attend(event.id, [cast.convenerId], event.id === 'e05' ? 'facilitador' : 'convocante');
    if (event.groupId !== null) {
      attendGroupEvent(random, cast, event, membersOn(members, event.groupId, event.start), attend);
    }
  }
  const active = (groupId: string, date: string) => membersOn(members, groupId, date);
  attend(
    'e03',
    [...cast.of('government').slice(-1), ...cast.of('academia').slice(2, 3)],
    'ponente',
  );
  attend('e03', cast.of('media').slice(-1), 'participante');
  attend('e03', random.sample(active('g1', '2018-11-07'), 6), 'participante');
  attend('e03', random.sample(cast.of('cso', 'csoG2'), 5), 'participante');
  attend('e05', active('g1', '2019-05-15'), 'participante');
  attend('e05', random.sample(cast.of('csoG2', 'csoFaa'), 6), 'participante');
  attend('e10', [...cast.of('newDonor'), ...cast.of('fundraiser')], 'ponente');
  const invited = [...active('g1', '2019-11-13'), ...active('g2', '2019-11-13')];
  attend('e10', random.sample(invited, 12), 'participante');
  return rows;
}

function attendGroupEvent(
  random: Random,
  cast: Cast,
  event: EventRow,
  activeMembers: string[],
  attend: (eventId: string, actorIds: readonly string[], role: string) => void,
): void {
  const region = REGION_OF_PLACE[event.place];
  const locals = activeMembers.filter((id) => cast.regionOf(id) === region);
  const host = locals.length > 0 ? random.pick(locals) : null;
  if (host !== null) attend(event.id, [host], 'anfitrión');
  // Most members come to each meeting; staff rotate, so a few miss one (and the rapporteur
  // rotates). The study tour is the exception: the eight leaders travelled together.
  const turnout = event.id === 'e08' ? 1 : 0.85;
  const present = activeMembers.filter((id) => id !== host && random.chance(turnout));
  const [rapporteur, ...others] = random.shuffle(present);
  if (rapporteur !== undefined) attend(event.id, [rapporteur], 'relator');
  attend(event.id, others.sort(), 'participante');
}
