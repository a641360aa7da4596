/**
 * Chapter 3, 2019–2020: the communities turn outward. CSOs reach government, donors, companies,
 * academia and media directly instead of through the convener, and the community leaders sign
 * alliances with their local governments.
 */
import { dateBetween } from './calendar.ts';
import { membersOn } from './learning-communities.ts';
import type { StoryContext } from './story.ts';
import { linkSome, localTo } from './story.ts';

export function addLocalSystemTies(context: StoryContext): void {
  const { random, cast, members } = context;
  const government = cast.of('government');
  const between = (from: string, to: string) => (): string => dateBetween(random, from, to);

  // After the site visit (e04): each community-1 CSO works directly with its local authorities.
  for (const cso of cast.of('csoG1')) {
    linkSome(context, [cso], localTo(cast, cso, government), random.int(1, 2), {
      types: ['collaboration', 'alliance', 'information'],
      start: between('2019-04-10', '2020-05-15'),
      evidence: random.chance(0.5) ? 'survey' : 'document',
      note: 'Trabajo directo con la autoridad local',
    });
  }
  // Community 2 follows after its session on working with authorities (e09).
  const g2 = membersOn(members, 'g2', '2019-10-23');
  for (const cso of random.sample(g2, 9)) {
    linkSome(context, [cso], localTo(cast, cso, government), 1, {
      types: ['information', 'collaboration', 'referral'],
      start: between('2019-11-05', '2020-05-29'),
      evidence: 'survey',
    });
  }

  // The donor meeting (e10): two donors and four fundraising experts stay with five CSOs.
  const atDonorMeeting = context.participation
    .filter((p) => p.eventId === 'e10' && p.role === 'participante')
    .map((p) => p.actorId);
  const [alcaravan, nogal] = cast.of('newDonor');
  const consolidated = 'Alianza consolidada tras el encuentro con donantes';
  linkSome(context, [alcaravan!], atDonorMeeting, 3, {
    types: ['funding'],
    start: between('2019-12-01', '2020-03-15'),
    evidence: 'document',
    note: consolidated,
  });
  const coahuilaMembers = localTo(cast, nogal!, [
    ...membersOn(members, 'g2', '2019-11-13'),
    ...cast.of('cso'),
  ]);
  linkSome(context, [nogal!], coahuilaMembers, 2, {
    types: ['funding'],
    start: between('2019-12-01', '2020-03-15'),
    evidence: 'document',
    note: consolidated,
  });
  for (const expert of cast.of('fundraiser')) {
    linkSome(context, [expert], atDonorMeeting, random.int(1, 2), {
      types: ['collaboration'],
      start: between('2019-11-20', '2020-02-28'),
      evidence: 'event',
      note: 'Asesoría en procuración de fondos',
    });
  }

  // Established donors, academia, media and companies now hear from CSOs first-hand.
  const lcCsos = [...cast.of('csoG1', 'csoG2', 'csoFaa')];
  for (const donor of cast.of('donor')) {
    linkSome(context, [donor], localTo(cast, donor, lcCsos), 1, {
      types: ['information', 'funding'],
      start: between('2019-06-01', '2020-05-31'),
      evidence: 'survey',
      freshPairs: true,
    });
  }
  for (const outlet of cast.of('academia', 'media')) {
    const near = localTo(cast, outlet, lcCsos);
    linkSome(context, [outlet], near.length > 0 ? near : lcCsos, random.int(1, 2), {
      types: ['information', 'collaboration'],
      start: between('2019-03-01', '2020-05-31'),
      evidence: 'survey',
      freshPairs: true,
    });
  }
  for (const company of cast.of('company')) {
    linkSome(context, [company], localTo(cast, company, lcCsos), 1, {
      types: ['collaboration'],
      start: between('2019-09-01', '2020-05-31'),
      evidence: 'document',
      note: 'Programa de responsabilidad social con una OSC',
      freshPairs: true,
    });
  }
  linkSome(context, cast.of('cso'), cast.of('cso', 'csoG2'), 3, {
    types: ['information'],
    start: between('2019-01-15', '2020-04-30'),
    evidence: 'survey',
    freshPairs: true,
  });

  addLeaderAlliances(context);
}

/** Community 3's outcome: alliances between the leaders and their local governments. */
function addLeaderAlliances(context: StoryContext): void {
  const { random, cast } = context;
  const government = cast.of('government');
  const leaders = [...cast.of('leaderSonora').slice(0, 3), ...cast.of('leaderCoahuila')];
  for (const leader of leaders) {
    linkSome(context, [leader], localTo(cast, leader, government), 1, {
      types: ['alliance'],
      start: () => dateBetween(random, '2020-01-15', '2020-05-31'),
      evidence: 'document',
      note: 'Alianza con el gobierno local para compartir información',
    });
    linkSome(context, [leader], localTo(cast, leader, [...cast.of('csoG2', 'cso', 'company')]), 1, {
      types: ['collaboration', 'information'],
      start: () => dateBetween(random, '2019-12-01', '2020-05-31'),
      evidence: 'survey',
      freshPairs: true,
    });
  }
}
