/**
 * Chapter 4: potential allies. Named in the mapping workshop (e05), in community 2's session
 * in Tijuana (e09), in a community 3 project meeting (e14), or in a survey answer
 * without a date. Potential ties have no end; they are wishes, not relationships yet.
 */
import { eventDate } from './events.ts';
import type { StoryContext } from './story.ts';
import type { TieType } from './tie-book.ts';

interface Naming {
  eventId: string | null;
  namers: readonly string[];
  count: number;
  note: string;
}

export function addPotentialTies(context: StoryContext): void {
  const { cast, participation } = context;
  const attendees = (eventId: string): string[] =>
    participation
      .filter((p) => p.eventId === eventId && p.actorId !== cast.convenerId)
      .map((p) => p.actorId);
  const namings: Naming[] = [
    {
      eventId: 'e05',
      namers: attendees('e05'),
      count: 14,
      note: 'Aliado potencial identificado en el taller de mapeo',
    },
    {
      eventId: 'e09',
      namers: attendees('e09'),
      count: 6,
      note: 'Aliado potencial identificado por la comunidad 2',
    },
    {
      eventId: 'e14',
      namers: attendees('e14'),
      count: 3,
      note: 'Posible aliado del sector privado para los proyectos de la comunidad 3',
    },
    {
      eventId: null,
      namers: cast.of('cso'),
      count: 3,
      note: 'Mencionado en la encuesta como aliado deseado',
    },
  ];
  for (const naming of namings) nameAllies(context, naming);
}

function nameAllies({ random, cast, book }: StoryContext, naming: Naming): void {
  const outsideCivilSociety = cast.of(
    'government',
    'donor',
    'newDonor',
    'company',
    'academia',
    'media',
    'international',
  );
  const wanted = naming.eventId === 'e14' ? cast.of('company') : outsideCivilSociety;
  let added = 0;
  for (let attempt = 0; attempt < naming.count * 40 && added < naming.count; attempt++) {
    const namer = random.pick(naming.namers);
    const ally = random.pick(wanted);
    if (book.linked(namer, ally)) continue;
    // A donor is wished for as a funder (ally → namer); anyone else as a collaborator.
    const funds = ['donor', 'international'].includes(cast.sectorOf(ally));
    const type: TieType = funds ? 'funding' : random.pick(['collaboration', 'alliance'] as const);
    const ok = book.add({
      source: funds ? ally : namer,
      target: funds ? namer : ally,
      type,
      status: 'potential',
      spells: [{ start: naming.eventId === null ? null : eventDate(naming.eventId), end: null }],
      evidence: naming.eventId === null ? 'survey' : 'workshop',
      note: naming.note,
    });
    if (ok) added++;
  }
}
