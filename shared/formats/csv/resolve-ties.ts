import type { ImportProblem, ParsedActor, ParsedTie, SourcePlace } from '../parsed-network.ts';
import { normaliseName } from '../names/normalise-name.ts';
import { cellProblem } from './problems.ts';
import { tieKeys } from '../text/tie-keys.ts';
import { uniteSpells } from './tie-cells.ts';

/**
 * Joins a ties table to its actors table. With actors, each endpoint must be an actor's id
 * or (failing that) a name equal after normalisation ("Red Mujeres A.C." = "red mujeres");
 * it is then written as the actor's id. An endpoint matching neither rejects the tie with
 * `unknownActor`. Without an actors table, the actors are the names the ties use, in order of
 * first use, and the ties keep `endsBy: 'name'` so the import job matches them to the
 * project's actors. The array given is the one returned, without the rejected rows.
 */
export function resolveTieEnds(
  actors: ParsedActor[] | null,
  ties: ParsedTie[],
  report: (problem: ImportProblem) => void,
): { actors: ParsedActor[]; ties: ParsedTie[] } {
  if (actors === null) return { actors: actorsNamedByTies(ties), ties };
  // Each id maps to the actors table's own string: a million ties then share the actors'
  // id strings instead of each keeping the copy its row was read into.
  const ids = new Map(actors.map((actor) => [actor.id, actor.id]));
  // Names are only needed when an end is not an id; normalising every actor's name costs
  // more than the rest of the join, so the index is built at the first miss.
  let byName: Map<string, string> | null = null;
  const find = (text: string): string | null => {
    const id = ids.get(text);
    if (id !== undefined) return id;
    byName ??= nameIndex(actors);
    return byName.get(normaliseName(text)) ?? null;
  };
  const unknown = (tie: ParsedTie, role: 'source' | 'target', text: string): void => {
    report(cellProblem('error', 'unknownActor', endpointPlace(tie.origin, role), { value: text }));
  };
  // The rows are read once: resolved ties are the same objects with their ends rewritten,
  // kept in the same array (a second array of a million rows, grown push by push, was
  // ~25 MB of garbage at the import's fullest).
  let kept = 0;
  for (const tie of ties) {
    const source = find(tie.source);
    const target = find(tie.target);
    if (source === null) unknown(tie, 'source', tie.source);
    if (target === null) unknown(tie, 'target', tie.target);
    if (source === null || target === null) continue;
    tie.source = source;
    tie.target = target;
    tie.endsBy = 'id';
    ties[kept++] = tie;
  }
  ties.length = kept;
  return { actors, ties };
}

/** Normalised name → id of the first actor with that name. */
function nameIndex(actors: readonly ParsedActor[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const actor of actors) {
    const key = normaliseName(actor.name);
    if (!byName.has(key)) byName.set(key, actor.id);
  }
  return byName;
}

/** The place of a tie's endpoint cell; the column is named by role when the header is unknown. */
function endpointPlace(origin: SourcePlace, role: 'source' | 'target'): SourcePlace {
  return { ...origin, column: role };
}

function actorsNamedByTies(ties: ParsedTie[]): ParsedActor[] {
  const actors = new Map<string, ParsedActor>();
  for (const tie of ties) {
    for (const name of [tie.source, tie.target]) {
      if (actors.has(name)) continue;
      actors.set(name, {
        id: name,
        name,
        sector: null,
        kind: null,
        region: null,
        attributes: {},
        origin: tie.origin,
      });
    }
  }
  return [...actors.values()];
}

/**
 * Warns about self-loops (kept: Tejido allows them) and folds repeated rows together:
 * rows with the same tie id are one tie with several spells (how `writeTiesCsv` writes
 * them), and so are dated rows naming the same pair, type, weight and status (Gephi's edge
 * tables repeat a pair once per interval); their dates are united. Any other repeated
 * pair (an undated row, or a different weight) is kept but reported as `duplicateTie`, so
 * the user decides. Spells come out sorted with overlaps joined, as the Spells schema wants.
 * The rows given are updated in place (their spells), not copied, and the array given is
 * the one returned, without the rows joined to earlier ones.
 */
export function foldRepeatedTies(
  ties: ParsedTie[],
  report: (problem: ImportProblem) => void,
): ParsedTie[] {
  const byId = new Map<string, ParsedTie>();
  const byPair = new Map<number | string, ParsedTie>();
  const pairKey = pairKeys();
  let kept = 0;
  for (const tie of ties) {
    if (tie.source === tie.target) {
      report(cellProblem('warning', 'selfLoop', tie.origin, { value: tie.source }));
    }
    const earlier = tie.id === null ? undefined : byId.get(tie.id);
    if (earlier !== undefined) {
      if (earlier.source !== tie.source || earlier.target !== tie.target) {
        report(cellProblem('error', 'conflictingTieId', tie.origin, { value: tie.id ?? '' }));
      } else {
        earlier.spells = uniteSpells([...earlier.spells, ...tie.spells]);
      }
      continue;
    }
    const key = pairKey(tie);
    const samePair = byPair.get(key);
    if (
      samePair !== undefined &&
      tie.id === null &&
      samePair.id === null &&
      canJoin(samePair, tie)
    ) {
      samePair.spells = uniteSpells([...samePair.spells, ...tie.spells]);
      continue;
    }
    if (samePair !== undefined) {
      report(
        cellProblem('warning', 'duplicateTie', tie.origin, {
          source: tie.source,
          target: tie.target,
          firstRow: samePair.origin.row ?? '',
        }),
      );
    }
    // Kept as it is (the readers' rows are not shared); only several spells need uniting.
    if (tie.spells.length > 1) tie.spells = uniteSpells(tie.spells);
    if (tie.id !== null) byId.set(tie.id, tie);
    if (samePair === undefined) byPair.set(key, tie);
    ties[kept++] = tie;
  }
  ties.length = kept;
  return ties;
}

/** Two rows can be one tie when both are dated and say the same about the tie. */
function canJoin(first: ParsedTie, second: ParsedTie): boolean {
  if (first.spells.length === 0 || second.spells.length === 0) return false;
  return first.weight === second.weight && first.status === second.status;
}

/** The key of a tie's ends (in order when directed), type and relation. */
function pairKeys(): (tie: ParsedTie) => number | string {
  const keyOf = tieKeys();
  return (tie) => {
    const swap = tie.directed === false && tie.target < tie.source;
    return swap
      ? keyOf(tie.target, tie.source, tie.type, tie.relation)
      : keyOf(tie.source, tie.target, tie.type, tie.relation);
  };
}

/** true/false when every tie says the same; null when ties disagree or none says. */
export function commonDirection(ties: readonly ParsedTie[]): boolean | null {
  if (ties.length === 0) return null;
  const first = ties[0]!.directed;
  // A loop, not a Set of a mapped copy: no array of a million entries to collect.
  for (const tie of ties) if (tie.directed !== first) return null;
  return first;
}
