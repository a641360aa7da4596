import type { AllySuggestion } from '../../../shared/allies/suggest-allies.ts';
import { suggestAllies } from '../../../shared/allies/suggest-allies.ts';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import { allyRatings } from './AlliesPanel.tsx';
import type { SessionNetwork } from '../../../shared/workshop/session-network.ts';

/** Sectors whose members take part in learning-community workshops (DOMAIN.md). */
const PARTICIPANT_SECTORS: ReadonlySet<string> = new Set(['cso', 'iso']);
/** Suggestions per organisation, and organisations, printed in the summary. */
export const ALLIES_PER_ORGANISATION = 3;
export const MAX_ORGANISATIONS = 15;

export interface SummaryContent {
  newTies: Tie[];
  potentialTies: Tie[];
  allies: { actor: Actor; suggestions: AllySuggestion[] }[];
}

/**
 * What the printed summary lists: the ties the session added, split into existing (new to
 * the data) and potential (to approach), and the top suggested allies of each participating
 * organisation. Participating = the session's CSOs and ISOs (the room); when it has none,
 * every organisation of the session. Suggestions read the whole project plus the ratings.
 */
export function summaryContent(session: SessionNetwork, snapshot: NetworkSnapshot): SummaryContent {
  const sessionTies = session.ties.filter((tie) => session.sessionTieIds.has(tie.id));
  const organisations = session.actors.filter((actor) => actor.kind === 'organisation');
  const members = organisations.filter(
    (actor) => actor.sector !== null && PARTICIPANT_SECTORS.has(actor.sector),
  );
  const chosen = (members.length > 0 ? members : organisations)
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, MAX_ORGANISATIONS);
  const ratings = allyRatings(session.ratings);
  return {
    newTies: sessionTies.filter((tie) => tie.status === 'existing'),
    potentialTies: sessionTies.filter((tie) => tie.status === 'potential'),
    allies: chosen.map((actor) => ({
      actor,
      suggestions: suggestAllies(snapshot, actor.id, { limit: ALLIES_PER_ORGANISATION, ratings }),
    })),
  };
}
