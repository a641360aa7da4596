import type { TieStatus } from '../domain/tie.ts';

/** How a mixed network (some tie types directed, some not) is read. */
export type DirectionChoice = 'directed' | 'undirected';

/**
 * Why the network is read as directed or not, so the Measures screen and the CLI can say it:
 * - `all-directed`: every included tie type is directed;
 * - `none-directed`: no included tie type is directed (or there are no ties);
 * - `mixed-directed`: types of both kinds, read as directed because the caller chose it
 *   (an undirected tie then counts both ways, u→v and v→u);
 * - `mixed-undirected`: types of both kinds, read as undirected (the default): a directed
 *   tie u→v is read as a mutual tie between u and v;
 * - `forced-directed` / `forced-undirected`: the caller overrode what the data says (files).
 */
export type DirectionReason =
  | 'all-directed'
  | 'none-directed'
  | 'mixed-directed'
  | 'mixed-undirected'
  | 'forced-directed'
  | 'forced-undirected';

/** Which ties a built graph holds and how it reads them: travels with every result. */
export interface GraphSelection {
  directed: boolean;
  directionReason: DirectionReason;
  /** Tie statuses included; by default only existing ties (potential ties are not ties yet). */
  statuses: TieStatus[];
  /** Tie types included; null = every type. */
  tieTypes: string[] | null;
  /** Tie attribute used as weight, or null (every tie counts 1). */
  weight: string | null;
  /** The day the network was taken at, or null for every tie whatever its dates. */
  at: string | null;
  actors: number;
  ties: number;
}

export const DEFAULT_STATUSES: readonly TieStatus[] = ['existing'];

/**
 * Direction for a set of per-tie directions. Directed when all included ties are directed,
 * undirected when none is; for a mix, the caller's choice, else undirected (mutual).
 */
export function chooseDirection(
  tieDirections: Iterable<boolean>,
  choice: DirectionChoice | undefined,
  forced = false,
): { directed: boolean; directionReason: DirectionReason } {
  if (forced && choice) {
    return { directed: choice === 'directed', directionReason: `forced-${choice}` };
  }
  let anyDirected = false;
  let anyUndirected = false;
  for (const directed of tieDirections) {
    if (directed) anyDirected = true;
    else anyUndirected = true;
  }
  if (anyDirected && !anyUndirected) return { directed: true, directionReason: 'all-directed' };
  if (!anyDirected) return { directed: false, directionReason: 'none-directed' };
  return choice === 'directed'
    ? { directed: true, directionReason: 'mixed-directed' }
    : { directed: false, directionReason: 'mixed-undirected' };
}
