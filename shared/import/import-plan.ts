import type { Actor } from '../domain/actor.ts';
import type { Sector, TieType } from '../domain/catalog.ts';
import type { Tie } from '../domain/tie.ts';
import type { ImportProblem, ParsedEvent, ParsedParticipation } from '../formats/parsed-network.ts';

/**
 * Everything an import would change, worked out before anything is written, so the wizard
 * can show it ("57 actors to add, 3 to update, 120 ties, 4 rows rejected") and the backend
 * can write it in one transaction.
 */
export interface ImportPlan {
  sectorsToCreate: Sector[];
  tieTypesToCreate: TieType[];
  actorsToInsert: Actor[];
  actorsToUpdate: { before: Actor; after: Actor }[];
  /** The new ties, when the plan was made without a sink (see planImport); else empty. */
  tiesToInsert: Tie[];
  /** How many new ties the plan adds, wherever they went. */
  tiesAdded: number;
  tiesToUpdate: { before: Tie; after: Tie }[];
  events: ParsedEvent[];
  participation: ParsedParticipation[];
  problems: ImportProblem[];
  /** Rows left out because of an error. */
  rejected: number;
  /** True when there are errors and the user has not chosen to skip those rows. */
  blocked: boolean;
}

export function planCounts(plan: ImportPlan) {
  return {
    actorsAdded: plan.actorsToInsert.length,
    actorsUpdated: plan.actorsToUpdate.length,
    tiesAdded: plan.tiesAdded,
    tiesUpdated: plan.tiesToUpdate.length,
    sectorsAdded: plan.sectorsToCreate.length,
    tieTypesAdded: plan.tieTypesToCreate.length,
    events: plan.events.length,
    participation: plan.participation.length,
    rejected: plan.rejected,
    errors: plan.problems.filter((p) => p.severity === 'error').length,
    warnings: plan.problems.filter((p) => p.severity === 'warning').length,
  };
}
