import type { AllyReasonCode, AllyStance } from '../../allies/suggest-allies.ts';

/**
 * Ally suggestions (shared/allies/suggest-allies.ts): one sentence per reason code, filled
 * with the reason's params. `{{sector}}` receives the sector's name from the project's
 * catalogue, `{{partners}}` and `{{actors}}` the names of the evidence, joined by the UI.
 */
export const allies = {
  title: 'Potential allies',
  score: 'Score {{score}}',
  reasons: {
    sharedPartners: 'You share {{count}} partners: {{partners}}',
    sharedPartners_one: 'You share a partner: {{partners}}',
    sharedPartners_other: 'You share {{count}} partners: {{partners}}',
    sectorGap: 'Opens a door to {{sector}}, a sector you have no tie to yet',
    otherComponent: 'Bridges to a group of {{componentSize}} actors you cannot reach now',
    farAway: 'Reaches a part of the network {{distance}} steps away from you',
    potentialByOthers: '{{count}} other actors marked it as a potential ally: {{actors}}',
    potentialByOthers_one: 'Another actor marked it as a potential ally: {{actors}}',
    potentialByOthers_other: '{{count}} other actors marked it as a potential ally: {{actors}}',
    potentialPair: 'Already marked as a potential ally of yours',
    influentialSupporter: 'Seen as influential ({{influence}} of 5) and supportive',
  } satisfies Record<AllyReasonCode, string> & Record<string, string>,
  stances: {
    supports: 'Supports',
    neutral: 'Neutral',
    opposes: 'Opposes',
    unknown: 'Unknown',
  } satisfies Record<AllyStance, string>,
  evaluation: {
    precisionAtK: 'Precision@{{k}}: {{hits}} of {{suggested}} suggestions became ties',
    method: {
      suggestAllies: 'Ally suggestions',
      commonNeighbours: 'Shared partners only',
      random: 'Random choice',
    },
  },
} as const;
