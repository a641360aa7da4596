/**
 * Chapter 2, 2018–2020: the learning communities meet, and members who sat in the same room
 * start to share information, then to work together and sign alliances. Every tie here starts
 * after an event both ends attended, so co-attendance visibly precedes the tie.
 */
import { addDays, dateBetween } from './calendar.ts';
import { eventDate } from './events.ts';
import type { StoryContext } from './story.ts';
import { linkSome, maybeEnd, pairsOf } from './story.ts';
import type { TieType } from './tie-book.ts';

/** Attendees of an event other than the convener. */
function attendeesOf({ cast, participation }: StoryContext, eventId: string): string[] {
  return participation
    .filter((p) => p.eventId === eventId && p.actorId !== cast.convenerId)
    .map((p) => p.actorId);
}

/** Up to `count` new ties among attendees of `eventId`, starting 2 weeks to 5 months later. */
function tiesAfterEvent(
  context: StoryContext,
  eventId: string,
  count: number,
  types: readonly TieType[],
  note?: string,
): void {
  const { random, book } = context;
  const date = eventDate(eventId);
  const pairs = random.shuffle(pairsOf(attendeesOf(context, eventId)));
  let added = 0;
  for (const [a, b] of pairs) {
    if (added === count) break;
    if (book.linked(a, b) && random.chance(0.7)) continue;
    const start = addDays(date, random.int(14, 150));
    const ok = book.add({
      source: a,
      target: b,
      type: random.pick(types),
      spells: [{ start, end: maybeEnd(random, start, 0.1, 200, 400) }],
      evidence: random.chance(0.6) ? 'event' : 'survey',
      ...(note === undefined ? {} : { note }),
    });
    if (ok) added++;
  }
}

/** One tie of `type` between every pair of `ids`, starting in [from, to]. */
function tieAll(
  { random, book }: StoryContext,
  ids: readonly string[],
  type: TieType,
  from: string,
  to: string,
  note: string,
): void {
  for (const [source, target] of pairsOf(ids)) {
    book.add({
      source,
      target,
      type,
      spells: [{ start: dateBetween(random, from, to), end: null }],
      evidence: 'survey',
      note,
    });
  }
}

export function addCommunityTies(context: StoryContext): void {
  const csoG1 = context.cast.of('csoG1');

  tiesAfterEvent(context, 'e01', 6, ['information']);
  tiesAfterEvent(context, 'e02', 5, ['information', 'collaboration']);
  tiesAfterEvent(context, 'e03', 4, ['information']);
  tiesAfterEvent(context, 'e04', 4, ['collaboration', 'information']);
  tiesAfterEvent(context, 'e05', 5, ['information', 'collaboration']);
  tiesAfterEvent(
    context,
    'e06',
    8,
    ['information', 'collaboration'],
    'Foro digital compartido de la comunidad 2',
  );
  tiesAfterEvent(context, 'e07', 4, ['collaboration']);
  tiesAfterEvent(context, 'e09', 7, ['information', 'collaboration', 'referral']);
  tiesAfterEvent(context, 'e13', 5, ['information', 'collaboration']);

  // Community 1's three thematic outcomes, each a small clique of CSOs.
  tieAll(
    context,
    [csoG1[0]!, csoG1[6]!, csoG1[3]!, csoG1[5]!],
    'collaboration',
    '2018-10-15',
    '2019-03-15',
    'Metodologías de prevención secundaria y terciaria con juventudes',
  );
  tieAll(
    context,
    [csoG1[1]!, csoG1[5]!, csoG1[0]!, csoG1[3]!],
    'alliance',
    '2019-04-15',
    '2019-08-30',
    'Comparten metodologías de mediación para el trabajo con autoridades',
  );
  tieAll(
    context,
    [csoG1[2]!, csoG1[4]!, context.cast.of('csoFaa')[1]!],
    'collaboration',
    '2019-09-25',
    '2020-01-31',
    'Programas con tecnología para prevenir la violencia',
  );

  addLeaderTies(context);
  addPeerTies(context);
}

/** Nobody stays alone in a community: each member gets a tie with a fellow member after joining. */
function addPeerTies(context: StoryContext): void {
  const { random, members, book } = context;
  for (const member of members) {
    const fellows = members
      .filter((m) => m.groupId === member.groupId && m.actorId !== member.actorId)
      .map((m) => m.actorId);
    const hasNewPeer = book
      .list()
      .some(
        (t) =>
          (t.spells[0]!.start ?? '') >= member.joined &&
          ((t.source === member.actorId && fellows.includes(t.target)) ||
            (t.target === member.actorId && fellows.includes(t.source))),
      );
    if (hasNewPeer) continue;
    const lastDay = addDays(member.left ?? '2020-06-01', -1);
    linkSome(context, [member.actorId], fellows, 1, {
      types: ['information'],
      start: () => dateBetween(random, addDays(member.joined, 14), lastDay),
      evidence: 'survey',
    });
  }
}

/** Community 3: the study tour turns eight local leaders into two project teams. */
function addLeaderTies(context: StoryContext): void {
  const { random, cast, book } = context;
  const sonora = cast.of('leaderSonora');
  const coahuila = cast.of('leaderCoahuila');
  tieAll(
    context,
    sonora.slice(0, 3),
    'alliance',
    '2019-10-20',
    '2019-12-15',
    'Grupo para prevenir la violencia contra las mujeres en Sonora',
  );
  tieAll(
    context,
    coahuila,
    'collaboration',
    '2019-10-20',
    '2020-01-31',
    'Proyecto de construcción de paz en Coahuila',
  );
  linkSome(context, sonora, coahuila, 4, {
    types: ['information'],
    start: () => dateBetween(random, '2019-10-14', '2019-11-30'),
    evidence: 'event',
    note: 'Se conocieron en la gira de estudio',
  });
  // The leader who works in criminal justice opens a channel to the state authorities before leaving.
  book.add({
    source: sonora[3]!,
    target: cast.of('government')[2]!,
    type: 'referral',
    spells: [{ start: '2019-12-02', end: null }],
    evidence: 'document',
  });
}
