import type { Sector, TieType } from '../domain/catalog.ts';
import type { ImportProblem, ParsedNetwork } from '../formats/parsed-network.ts';
import type { ImportPlan } from './import-plan.ts';
import { error, planActors } from './plan-actors.ts';
import { planTies } from './plan-ties.ts';
import type { ImportOptions, ProjectSnapshot } from './project-snapshot.ts';
import { catalogResolver, newSector, newTieType } from './resolve-catalog.ts';
import { collectingSink, type TieSink } from './tie-sink.ts';

/**
 * Works out what importing `network` into `project` would change, without changing it.
 * Pure: the same inputs (and the same `newId` sequence) give the same plan. New ties go to
 * `sink` as they are planned; without one, the plan holds them all in `tiesToInsert`.
 */
export function planImport(
  network: ParsedNetwork,
  project: ProjectSnapshot,
  options: ImportOptions,
  sink?: TieSink,
): ImportPlan {
  const collected = sink ? null : collectingSink();
  const tieSink = sink ?? collected!.sink;
  const problems: ImportProblem[] = [...network.problems];
  if (network.relations.length > 1 && options.relation === null) {
    problems.push(
      error(
        'chooseRelation',
        { relations: network.relations.join(', ') },
        { origin: { file: fileOf(network) } },
      ),
    );
  } else if (options.relation !== null && !network.relations.includes(options.relation)) {
    problems.push(
      error(
        'unknownRelation',
        { value: options.relation, relations: network.relations.join(', ') },
        { origin: { file: fileOf(network) } },
      ),
    );
  }
  const sectors = catalogResolver<Sector>(project.sectors, options.nameKey, newSector);
  const tieTypes = catalogResolver<TieType>(project.tieTypes, options.nameKey, newTieType);
  const actorPlan = planActors(network.actors, project, options, sectors, problems);
  const actorsBeforeTies = [...actorPlan.inserts.values()];
  tieSink.start({
    sectorsToCreate: sectors.created(),
    tieTypesToCreate: [...tieTypes.created()],
    actorsToInsert: actorsBeforeTies,
    actorsToUpdate: [...actorPlan.updates.values()],
    problems,
  });
  const projectIds = new Set<string>(project.actors.map((actor) => actor.id));
  const tiePlan = planTies(
    network,
    project,
    options,
    { ...actorPlan, projectIds },
    tieTypes,
    problems,
    tieSink,
  );
  const participation = network.participation.flatMap((row) => {
    // Attendance names actors by id or by name, as people write it.
    const actorId =
      actorPlan.idMap.get(row.actorId) ??
      (projectIds.has(row.actorId) ? row.actorId : null) ??
      actorPlan.byName.get(options.nameKey(row.actorId)) ??
      null;
    const known =
      project.eventIds.has(row.eventId) || network.events.some((e) => e.id === row.eventId);
    if (actorId === null || !known) {
      problems.push(
        error('unknownParticipant', { value: actorId === null ? row.actorId : row.eventId }, row),
      );
      return [];
    }
    return [{ ...row, actorId }];
  });
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  const fileLevelError = problems.some((p) => p.severity === 'error' && p.place.row === undefined);
  return {
    sectorsToCreate: [...sectors.created()],
    tieTypesToCreate: [...tieTypes.created()],
    actorsToInsert: [...actorPlan.inserts.values()],
    actorsToUpdate: [...actorPlan.updates.values()],
    tiesToInsert: collected?.ties ?? [],
    tiesAdded: tiePlan.added,
    tiesToUpdate: tiePlan.updates,
    events: network.events,
    participation,
    problems: withoutRepeats(problems),
    rejected: Math.max(
      rejectedRows(problems),
      actorPlan.rejected + tiePlan.rejected + (network.participation.length - participation.length),
    ),
    // Rows with errors can be skipped; an error about the whole file cannot.
    blocked: fileLevelError || (hasErrors && !options.skipBadRows),
  };
}

function fileOf(network: ParsedNetwork): string {
  return network.actors[0]?.origin.file ?? network.ties[0]?.origin.file ?? '';
}

/** Readers and the plan may both warn about the same row (a self-loop, a negative weight). */
function withoutRepeats(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.code, problem.place]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Rows left out, whether a reader dropped them (a bad weight, an impossible date) or the
 * plan did (an unknown actor): the distinct rows named by an error.
 */
function rejectedRows(problems: readonly ImportProblem[]): number {
  const rows = new Set<string>();
  for (const { severity, place } of problems) {
    if (severity === 'error' && place.row !== undefined) {
      rows.add(JSON.stringify([place.file, place.sheet ?? '', place.row]));
    }
  }
  return rows.size;
}
