import type { z } from 'zod';
import type { ImportPreview, ImportResult } from '../../../shared/api/imports.ts';
import { normaliseName } from '../../../shared/formats/names/normalise-name.ts';
import type { ParsedNetwork } from '../../../shared/formats/parsed-network.ts';
import { planCounts, type ImportPlan } from '../../../shared/import/import-plan.ts';
import { planImport } from '../../../shared/import/plan-import.ts';
import type { ProjectSnapshot } from '../../../shared/import/project-snapshot.ts';
import type { ProjectDb } from '../project/project-file.ts';
import type { ProjectSession } from '../project/project-session.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import { listActors } from '../store/actors-store.ts';
import { listSectors, listTieTypes } from '../store/catalog-store.ts';
import { listTies } from '../store/ties-store.ts';
import { collectingSink, type TieSink } from '../../../shared/import/tie-sink.ts';
import { importWriter } from './import-writer.ts';
import { orderedIds } from './ordered-ids.ts';
import { readSources, type ReadSourcesOptions } from './read-sources.ts';
import { sourceFiles, type ImportSource } from './source-files.ts';

export interface ImportChoices extends ReadSourcesOptions {
  relation: string | null;
  skipBadRows: boolean;
}

const PREVIEW_PROBLEMS = 500;
const PREVIEW_ROWS = 20;

/**
 * Import as the wizard and the CLI use it: read the files (streamed, outside any
 * transaction), then plan against the project and write, both inside one transaction, so
 * the plan cannot go stale and a failure leaves the project exactly as it was.
 */
export function importService(session: ProjectSession) {
  function planFor(
    network: ParsedNetwork,
    db: ProjectDb,
    choices: ImportChoices,
    sink: TieSink,
    consumeRows = false,
  ): ImportPlan {
    return planImport(
      network,
      projectSnapshot(db),
      {
        skipBadRows: choices.skipBadRows,
        wave: choices.wave,
        relation: choices.relation,
        nameKey: cachedNameKey(),
        newId: orderedIds(),
        consumeRows,
      },
      sink,
    );
  }

  return {
    async preview(sources: ImportSource[], choices: ImportChoices): Promise<ImportPreview> {
      const network = await readSources(sources, choices);
      // The preview shows the first rows and counts the rest: no need to keep every tie.
      const firstTies = collectingSink(PREVIEW_ROWS);
      const plan = session.read((db) => planFor(network, db, choices, firstTies.sink));
      return describePlan(network, plan, firstTies.ties);
    },

    /**
     * Imports the files. `planned`, when given, hears the plan's problems and counts before
     * anything is committed, also when the plan is blocked (then this throws
     * `import.blocked`): the CLI prints them without a preview that would read and plan
     * every file a second time.
     */
    async commit(
      sources: ImportSource[],
      choices: ImportChoices,
      planned?: (outcome: PlannedImport) => void,
    ): Promise<z.infer<typeof ImportResult>> {
      // The files are fingerprinted while they are read: each is read once.
      const files = sourceFiles();
      const network = await readSources(sources, choices, files);
      const sha256 = await files.digests(sources);
      return session.edit('imports.commit', (ctx) => {
        const writer = importWriter(ctx, {
          skipBadRows: choices.skipBadRows,
          expectedTies: network.ties.length,
        });
        try {
          // The parsed rows are not needed after this: they are freed as they are written.
          const plan = planFor(network, ctx.db, choices, writer.sink, true);
          planned?.(plannedImport(plan));
          const importId = writer.finish(plan, {
            fileNames: sources.map((source) => source.name),
            sha256,
            format: network.format,
          });
          return { importId, counts: planCounts(plan) };
        } finally {
          writer.release();
        }
      });
    },
  };
}

export function projectSnapshot(db: ProjectDb): ProjectSnapshot {
  const aliases = db.prepare('SELECT actor_id AS actorId, alias FROM actor_aliases').all() as {
    actorId: string;
    alias: string;
  }[];
  const eventIds = db.prepare('SELECT id FROM events').pluck().all() as string[];
  return {
    actors: listActors(db),
    aliases,
    sectors: listSectors(db),
    tieTypes: listTieTypes(db),
    ties: listTies(db),
    eventIds: new Set(eventIds),
  };
}

/**
 * Name keys, each worked out once per import: the plan asks for the same names again and
 * again (an actor's name when it is matched and when it is indexed, a tie's end named
 * by its label) and normalising is a dozen regular expressions.
 */
function cachedNameKey(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = normaliseName(name);
      keys.set(name, key);
    }
    return key;
  };
}

/** What a plan found, as the preview reports it: the first problems, all counts. */
export type PlannedImport = Pick<ImportPreview, 'counts' | 'blocked' | 'problems'>;

function plannedImport(plan: ImportPlan): PlannedImport {
  return {
    counts: planCounts(plan),
    blocked: plan.blocked,
    problems: plan.problems.slice(0, PREVIEW_PROBLEMS),
  };
}

function describePlan(network: ParsedNetwork, plan: ImportPlan, firstTies: Tie[]): ImportPreview {
  const firstSpell = (spells: readonly { start: string | null; end: string | null }[]) =>
    spells[0] ?? { start: null, end: null };
  return {
    format: network.format,
    relations: network.relations,
    tables: network.tables ?? [],
    ...plannedImport(plan),
    sample: {
      actors: plan.actorsToInsert
        .slice(0, PREVIEW_ROWS)
        .map((actor) => ({ id: actor.id, name: actor.name, sector: actor.sector })),
      ties: firstTies.map((tie) => ({
        source: tie.source,
        target: tie.target,
        type: tie.type,
        weight: tie.weight,
        ...firstSpell(tie.spells),
      })),
    },
  };
}
