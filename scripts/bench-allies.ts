/**
 * How well ally suggestions anticipate the ties that really formed, and how fast they are.
 *
 *   npx tsx scripts/bench-allies.ts [--actors 5000] [--timed 200]
 *
 * Precision@5 and @10 (suggested pairs that became an existing tie after the date, over all
 * actors) for suggestAllies with its default weights, common neighbours alone and random
 * choice (exact expectation), on the sample project at 2019-01-01 and 2019-06-01 and on a
 * planted network (communities + triadic closure, seeded) at the middle of its year. Then the
 * time per suggestion on a planted network of --actors actors: building the network for a
 * date once, then suggesting for --timed actors (median and mean). No timing is asserted.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { buildAllyNetwork } from '../shared/allies/ally-network.ts';
import {
  evaluateSuggestions,
  type SuggestionEvaluation,
} from '../shared/allies/evaluate-suggestions.ts';
import { generatePlantedNetwork } from '../shared/allies/planted-network.ts';
import { suggestAllies, suggestAlliesIn } from '../shared/allies/suggest-allies.ts';
import { NetworkSnapshot } from '../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../shared/domain/default-catalog.ts';
import { createRandom } from '../shared/metrics/random.ts';

type Row = Record<string, string>;
const SAMPLE_DIR = new URL('../data/sample/', import.meta.url);
const orNull = (text: string | undefined): string | null =>
  text === undefined || text === '' ? null : text;

/**
 * The sample project read with papaparse, as test/unit/shared/allies/sample-snapshot.ts does
 * (scripts/ may not import test/, so the few lines are repeated); one tie per id, one spell
 * per row.
 */
function readSampleSnapshot(): NetworkSnapshot {
  const read = (name: string): Row[] =>
    Papa.parse<Row>(readFileSync(new URL(name, SAMPLE_DIR), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  const ties = new Map<string, Row[]>();
  for (const row of read('ties.csv')) ties.set(row.id!, [...(ties.get(row.id!) ?? []), row]);
  return NetworkSnapshot.parse({
    actors: read('actors.csv').map((row) => ({
      ...row,
      sector: orNull(row.sector),
      region: orNull(row.region),
      attributes: {},
      notes: '',
    })),
    ties: [...ties.values()].map((rows) => ({
      ...rows[0]!,
      weight: Number(rows[0]!.weight),
      spells: rows
        .filter((row) => row.start !== '' || row.end !== '')
        .map((row) => ({ start: orNull(row.start), end: orNull(row.end) })),
      evidence: orNull(rows[0]!.evidence),
      note: '',
      attributes: {},
    })),
    sectors: DEFAULT_SECTORS,
    tieTypes: DEFAULT_TIE_TYPES,
  });
}

function printEvaluation(label: string, evaluation: SuggestionEvaluation): void {
  console.log(
    `\n${label}: ${evaluation.actors} actors (${evaluation.actorsWithNewTies} with new ties), ` +
      `${evaluation.formedPairs} of ${evaluation.candidatePairs} candidate pairs formed a tie`,
  );
  console.log('method             precision@5              precision@10');
  for (const { method, atK } of evaluation.methods) {
    const cells = atK.map(({ hits, suggested, precision }) =>
      `${precision.toFixed(3)} (${formatHits(hits)}/${suggested})`.padEnd(25),
    );
    console.log(`${method.padEnd(19)}${cells.join('')}`.trimEnd());
  }
}

function formatHits(hits: number): string {
  return Number.isInteger(hits) ? String(hits) : hits.toFixed(1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '5000' },
      timed: { type: 'string', default: '200' },
    },
  });
  const sample = readSampleSnapshot();
  for (const at of ['2019-01-01', '2019-06-01']) {
    printEvaluation(`Sample project at ${at}`, evaluateSuggestions(sample, { at }));
  }
  const planted = generatePlantedNetwork({
    random: createRandom(7),
    communities: 8,
    communitySize: 15,
    days: 200,
    tiesPerDay: 2,
  });
  printEvaluation(
    'Planted network (8 communities of 15, triadic closure) at 2018-04-11',
    evaluateSuggestions(planted, { at: '2018-04-11' }),
  );

  const actors = Number(values.actors);
  const large = generatePlantedNetwork({
    random: createRandom(13),
    communities: Math.max(1, Math.round(actors / 20)),
    communitySize: 20,
    days: 365,
    tiesPerDay: Math.max(1, Math.round(actors / 250)),
  });
  const at = '2018-07-01';
  const buildStart = performance.now();
  const network = buildAllyNetwork(large, at);
  const buildTime = performance.now() - buildStart;
  const timed = Math.min(Number(values.timed), large.actors.length);
  const times: number[] = [];
  for (let index = 0; index < timed; index += 1) {
    const actorId = large.actors[Math.floor((index * large.actors.length) / timed)]!.id;
    const start = performance.now();
    suggestAlliesIn(network, actorId, { limit: 10 });
    times.push(performance.now() - start);
  }
  const coldStart = performance.now();
  suggestAllies(large, large.actors[0]!.id, { at, limit: 10 });
  const coldTime = performance.now() - coldStart;
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  console.log(
    `\nTime on a planted network of ${large.actors.length} actors and ${large.ties.length} ties:`,
  );
  console.log(`  build the network for ${at}: ${buildTime.toFixed(1)} ms (once per date)`);
  console.log(
    `  per suggestion list (${timed} actors): median ${median(times).toFixed(2)} ms, ` +
      `mean ${mean.toFixed(2)} ms`,
  );
  console.log(`  suggestAllies from the snapshot, build included: ${coldTime.toFixed(1)} ms`);
}

main();
