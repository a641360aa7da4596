import type { z } from 'zod';
import type { ImportPreview, ImportResult } from '../../../shared/api/imports.ts';
import { normaliseName } from '../../../shared/formats/names/normalise-name.ts';
import type { ParsedNetwork } from '../../../shared/formats/parsed-network.ts';
import { planCounts, type ImportPlan } from '../../../shared/import/import-plan.ts';
import { planImport } from '../../../shared/import/plan-import.ts';
import type { ProjectSnapshot } from '../../../shared/import/project-snapshot.ts';
import type { ProjectDb } from '../project/project-file.ts';
import type { ProjectSession } from '../project/project-session.ts';
import { listActors } from '../store/actors-store.ts';
import { listSectors, listTieTypes } from '../store/catalog-store.ts';
import { listTies } from '../store/ties-store.ts';
import { applyImportPlan } from './apply-import-plan.ts';
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
  function planFor(network: ParsedNetwork, db: ProjectDb, choices: ImportChoices): ImportPlan {
    return planImport(network, projectSnapshot(db), {
      skipBadRows: choices.skipBadRows,
      wave: choices.wave,
      relation: choices.relation,
      nameKey: normaliseName,
      newId: orderedIds(),
    });
  }

  return {
    async preview(sources: ImportSource[], choices: ImportChoices): Promise<ImportPreview> {
      const network = await readSources(sources, choices);
      const plan = session.read((db) => planFor(network, db, choices));
      return describePlan(network, plan);
    },

    async commit(
      sources: ImportSource[],
      choices: ImportChoices,
    ): Promise<z.infer<typeof ImportResult> & { plan: ImportPlan }> {
      // The files are fingerprinted while they are read: each is read once.
      const files = sourceFiles();
      const network = await readSources(sources, choices, files);
      const sha256 = await files.digests(sources);
      return session.edit('imports.commit', (ctx) => {
        const plan = planFor(network, ctx.db, choices);
        const importId = applyImportPlan(ctx, plan, {
          fileNames: sources.map((source) => source.name),
          sha256,
          format: network.format,
        });
        return { importId, counts: planCounts(plan), plan };
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

function describePlan(network: ParsedNetwork, plan: ImportPlan): ImportPreview {
  const firstSpell = (spells: readonly { start: string | null; end: string | null }[]) =>
    spells[0] ?? { start: null, end: null };
  return {
    format: network.format,
    relations: network.relations,
    tables: network.tables ?? [],
    counts: planCounts(plan),
    blocked: plan.blocked,
    problems: plan.problems.slice(0, PREVIEW_PROBLEMS),
    sample: {
      actors: plan.actorsToInsert
        .slice(0, PREVIEW_ROWS)
        .map((actor) => ({ id: actor.id, name: actor.name, sector: actor.sector })),
      ties: plan.tiesToInsert.slice(0, PREVIEW_ROWS).map((tie) => ({
        source: tie.source,
        target: tie.target,
        type: tie.type,
        weight: tie.weight,
        ...firstSpell(tie.spells),
      })),
    },
  };
}
