import type { Actor } from '../domain/actor.ts';
import { checkedActor } from './check-actor.ts';
import type { ImportProblem, ParsedActor } from '../formats/parsed-network.ts';
import type { ImportOptions, ProjectSnapshot } from './project-snapshot.ts';
import type { Sector } from '../domain/catalog.ts';
import type { CatalogResolver } from './resolve-catalog.ts';

/**
 * Decides what happens to each actor of the file: same id as a project actor → update it
 * (fields the file leaves empty keep their value); same name (or alias) as a project actor
 * under another id → the file's id points at that actor, with a warning; else a new actor.
 * `idMap` maps every file id to the project id its ties must use.
 */
export function planActors(
  parsed: readonly ParsedActor[],
  project: ProjectSnapshot,
  options: ImportOptions,
  sectors: CatalogResolver<Sector>,
  problems: ImportProblem[],
) {
  const byId = new Map(project.actors.map((actor) => [actor.id as string, actor]));
  const byName = actorNameIndex(project, options.nameKey);
  const idMap = new Map<string, string>();
  const inserts = new Map<string, Actor>();
  const updates = new Map<string, { before: Actor; after: Actor }>();
  let rejected = 0;

  for (const row of parsed) {
    const sector = row.sector ? sectors.resolve(row.sector) : null;
    if (sector?.created) {
      problems.push(warning('sectorCreated', { value: row.sector ?? '' }, row));
    }
    const existing =
      byId.get(row.id) ?? matchByName(row, options.nameKey(row.name), byName, byId, problems);
    const draft = {
      id: existing?.id ?? row.id,
      name: row.name,
      sector: sector?.key ?? existing?.sector ?? null,
      kind: row.kind ?? existing?.kind ?? 'organisation',
      region: row.region ?? existing?.region ?? null,
      attributes: { ...existing?.attributes, ...row.attributes },
      notes: existing?.notes ?? '',
    };
    const parsedActor = checkedActor(draft);
    if (!parsedActor.success) {
      rejected++;
      const issue = parsedActor.error.issues[0];
      problems.push(
        error(
          'invalidActor',
          { value: row.name, reason: issue?.message ?? '', column: String(issue?.path[0] ?? '') },
          row,
        ),
      );
      continue;
    }
    const actor = parsedActor.data;
    idMap.set(row.id, actor.id);
    if (!existing) {
      if (inserts.has(actor.id)) problems.push(warning('actorIdRepeated', { value: row.id }, row));
      inserts.set(actor.id, actor);
      byName.set(options.nameKey(actor.name), actor.id);
    } else if (JSON.stringify(existing) !== JSON.stringify(actor)) {
      updates.set(actor.id, { before: existing, after: actor });
    }
  }
  return { idMap, inserts, updates, byName, rejected };
}

function actorNameIndex(project: ProjectSnapshot, nameKey: (name: string) => string) {
  const index = new Map<string, string>();
  for (const actor of project.actors) index.set(nameKey(actor.name), actor.id);
  for (const { actorId, alias } of project.aliases) {
    const key = nameKey(alias);
    if (!index.has(key)) index.set(key, actorId);
  }
  return index;
}

function matchByName(
  row: ParsedActor,
  key: string,
  byName: Map<string, string>,
  byId: Map<string, Actor>,
  problems: ImportProblem[],
): Actor | undefined {
  const found = byId.get(byName.get(key) ?? '');
  if (found && found.id !== row.id) {
    problems.push(warning('matchedByName', { value: row.name, existing: found.name }, row));
  }
  return found;
}

export function warning(
  code: string,
  params: Record<string, string | number>,
  row: { origin: ImportProblem['place'] },
): ImportProblem {
  return { severity: 'warning', code, params, place: row.origin };
}

export function error(
  code: string,
  params: Record<string, string | number>,
  row: { origin: ImportProblem['place'] },
): ImportProblem {
  return { severity: 'error', code, params, place: row.origin };
}
