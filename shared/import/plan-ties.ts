import { checkedActor } from './check-actor.ts';
import type { Actor } from '../domain/actor.ts';
import type { TieType } from '../domain/catalog.ts';
import { Tie } from '../domain/tie.ts';
import type { ImportProblem, ParsedNetwork, ParsedTie } from '../formats/parsed-network.ts';
import { tieKeys, type TieKeys } from '../formats/text/tie-keys.ts';
import { mergeSpells } from '../temporal/merge-spells.ts';
import { checkedSpells, checkedTie } from './check-tie.ts';
import { error, warning } from './plan-actors.ts';
import type { ImportOptions, ProjectSnapshot } from './project-snapshot.ts';
import { importedTieType, type CatalogResolver } from './resolve-catalog.ts';
import type { TieSink } from './tie-sink.ts';

interface ActorPlan {
  /** Ids already in the project: a bare edge list may name them. */
  projectIds: ReadonlySet<string>;
  idMap: Map<string, string>;
  inserts: Map<string, Actor>;
  byName: Map<string, string>;
}

/**
 * Decides what happens to each tie: ends resolved to project actors, type resolved or
 * created, dates checked. A tie already in the project (same id, or same ends and type)
 * gets the union of its spells, so importing the same file twice changes nothing. New ties
 * go to `sink` one by one; only their keys are kept, to find repeats across the whole file.
 */
export function planTies(
  network: ParsedNetwork,
  project: ProjectSnapshot,
  options: ImportOptions,
  actors: ActorPlan,
  tieTypes: CatalogResolver<TieType>,
  problems: ImportProblem[],
  sink: TieSink,
) {
  const typeDirected = new Map(project.tieTypes.map((type) => [type.key, type.directed]));
  const existingById = new Map(project.ties.map((tie) => [tie.id as string, tie]));
  const keys = tieKeys();
  const existingByKey = new Map<number | string, Tie>();
  for (const tie of project.ties)
    existingByKey.set(tieKey(keys, tie, typeDirected.get(tie.type) ?? false), tie);
  /** Key of each new tie → its number in the sink. */
  const planned = new Map<number | string, number>();
  const updates = new Map<string, { before: Tie; after: Tie }>();
  let rejected = 0;

  for (const row of rowsOf(network.ties, options.consumeRows === true)) {
    if (options.relation !== null && row.relation !== null && row.relation !== options.relation)
      continue;
    const source = resolveEnd(row, 'source', network, actors, options, problems, sink);
    const target = resolveEnd(row, 'target', network, actors, options, problems, sink);
    const directed = row.directed ?? network.directed ?? false;
    const type = resolveType(row, directed, options, tieTypes, project.tieTypes.length);
    if (type.created) {
      sink.tieType(tieTypes.created().at(-1)!);
      problems.push(
        warning('tieTypeCreated', { value: row.type ?? row.relation ?? type.key }, row),
      );
    }
    if (!typeDirected.has(type.key)) typeDirected.set(type.key, directed);
    const spells = checkedSpells(
      row.spells.length === 0 && options.wave ? [{ start: options.wave, end: null }] : row.spells,
    );
    if (source === null || target === null || !spells.success || !Number.isFinite(row.weight)) {
      rejected++;
      if (!spells.success)
        problems.push(error('badSpells', { reason: spells.error.issues[0]?.message ?? '' }, row));
      if (!Number.isFinite(row.weight))
        problems.push(error('weightNotFinite', { value: String(row.weight) }, row));
      continue;
    }
    if (source === target) problems.push(warning('selfLoop', { value: source }, row));
    if (row.weight < 0)
      problems.push(warning('negativeWeight', { value: row.weight, column: 'weight' }, row));
    const candidate = checkedTie({
      id: row.id ?? options.newId(),
      source,
      target,
      type: type.key,
      weight: row.weight,
      status: row.status,
      spells: spells.data,
      evidence: row.evidence ?? (network.format === 'roster' ? 'survey' : null),
      note: row.note,
      attributes: row.relation ? { ...row.attributes, relation: row.relation } : row.attributes,
    });
    const key = tieKey(keys, candidate, typeDirected.get(type.key) ?? directed);
    const position = planned.get(key);
    if (position !== undefined) {
      problems.push(warning('tieRepeated', { source: row.source, target: row.target }, row));
      sink.respell(position, candidate.spells);
      continue;
    }
    const existing =
      (row.id !== null ? existingById.get(row.id) : undefined) ?? existingByKey.get(key);
    if (!existing) {
      planned.set(key, planned.size);
      sink.tie(candidate);
      continue;
    }
    const after = Tie.parse({
      ...candidate,
      id: existing.id,
      note: candidate.note || existing.note,
      spells: mergeSpells(existing.spells, candidate.spells),
      attributes: { ...existing.attributes, ...candidate.attributes },
    });
    if (JSON.stringify(after) !== JSON.stringify(existing)) {
      updates.set(existing.id, { before: updates.get(existing.id)?.before ?? existing, after });
    }
  }
  return { added: planned.size, updates: [...updates.values()], rejected };
}

/**
 * The rows in order; when they are consumed, each leaves the array as it is planned, so a
 * million parsed rows are freed while their plan is written instead of after it.
 */
function* rowsOf(rows: ParsedTie[], consume: boolean): Generator<ParsedTie> {
  if (!consume) {
    yield* rows;
    return;
  }
  rows.reverse();
  while (rows.length > 0) yield rows.pop()!;
}

/** Same ends and type; for undirected types the order of the ends does not matter. */
function tieKey(
  keys: TieKeys,
  tie: Pick<Tie, 'source' | 'target' | 'type'>,
  directed: boolean,
): number | string {
  return directed || tie.source <= tie.target
    ? keys(tie.source, tie.target, tie.type)
    : keys(tie.target, tie.source, tie.type);
}

function resolveType(
  row: ParsedTie,
  directed: boolean,
  options: ImportOptions,
  tieTypes: CatalogResolver<TieType>,
  position: number,
) {
  const text = row.type ?? row.relation ?? options.relation;
  return text
    ? tieTypes.resolve(text, directed)
    : tieTypes.ensure(importedTieType(directed, position));
}

/**
 * The project id of one end of a tie. Ids from a file with an actor list must be in it;
 * a bare edge list brings its actors with it (named by their ids); names are matched against
 * the project and, when nobody matches, become new actors (a survey names new partners).
 */
function resolveEnd(
  row: ParsedTie,
  end: 'source' | 'target',
  network: ParsedNetwork,
  actors: ActorPlan,
  options: ImportOptions,
  problems: ImportProblem[],
  sink: TieSink,
): string | null {
  const text = row[end];
  if (row.endsBy === 'id') {
    const mapped = actors.idMap.get(text);
    if (mapped) return mapped;
    if (network.actors.length > 0) {
      problems.push(error('unknownActor', { value: text, column: end }, row));
      return null;
    }
  }
  if (actors.projectIds.has(text)) return text;
  const key = options.nameKey(text);
  const known = actors.byName.get(key);
  if (known && row.endsBy === 'name') return known;
  const id = row.endsBy === 'id' ? text : options.newId();
  const actor = checkedActor({
    id,
    name: text,
    sector: null,
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
  });
  if (!actor.success) {
    problems.push(
      error(
        'invalidActor',
        { value: text, column: end, reason: actor.error.issues[0]?.message ?? '' },
        row,
      ),
    );
    return null;
  }
  if (row.endsBy === 'name') problems.push(warning('actorCreatedFromName', { value: text }, row));
  actors.inserts.set(id, actor.data);
  sink.actor(actor.data);
  actors.idMap.set(text, id);
  actors.byName.set(key, id);
  return id;
}
