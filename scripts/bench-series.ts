/**
 * Benchmark of the time series (issue 7): 12 monthly snapshots of a generated project with
 * the full measure suite.
 *
 *   npx tsx scripts/bench-series.ts [--actors 5000] [--ties-per-actor 3] [--months 12]
 *
 * The project is seeded: actors in the nine default sectors, three learning communities of
 * 40 dated members each, ties between random actors (a few preferred hubs, so the network
 * holds together) whose spells start between 2018 and 2021, a third of them ending and a
 * tenth restarting. Prints the time to build the series and the time per snapshot. No
 * timing is asserted anywhere.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Actor } from '../shared/domain/actor.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../shared/domain/default-catalog.ts';
import { Group, GroupMember } from '../shared/domain/group.ts';
import { Tie } from '../shared/domain/tie.ts';
import { createRandom } from '../shared/metrics/random.ts';
import { addDays } from '../shared/temporal/calendar.ts';
import { periodsByMonth } from '../shared/temporal/periods.ts';
import { SERIES_MEASURES } from '../shared/temporal/series-measures.ts';
import { series } from '../shared/temporal/series.ts';
import type { TimelineData } from '../shared/temporal/timeline-data.ts';

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '5000' },
    'ties-per-actor': { type: 'string', default: '3' },
    months: { type: 'string', default: '12' },
  },
});
const actorCount = Number(values.actors);
const tiesPerActor = Number(values['ties-per-actor']);
const months = Number(values.months);

function generateProject(random: () => number): TimelineData {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const dayIn = (first: string, spanDays: number) =>
    addDays(first, Math.floor(random() * spanDays));
  const sectors = DEFAULT_SECTORS.map((sector) => sector.key);
  const ids = Array.from({ length: actorCount }, (_, index) => `a${index}`);
  const actors = ids.map((id) =>
    Actor.parse({
      id,
      name: id,
      sector: pick(sectors),
      kind: 'organisation',
      region: null,
      attributes: {},
      notes: '',
    }),
  );
  const hubs = ids.slice(0, 20);
  const ties = Array.from({ length: actorCount * tiesPerActor }, (_, index) => {
    const source = pick(ids);
    let target = random() < 0.2 ? pick(hubs) : pick(ids);
    if (target === source) target = ids[(ids.indexOf(source) + 1) % ids.length]!;
    const start = dayIn('2018-01-01', 4 * 365);
    const ends = random() < 0.33;
    const end = ends ? addDays(start, 30 + Math.floor(random() * 400)) : null;
    const spells = [{ start, end }];
    if (end !== null && random() < 0.3) spells.push({ start: addDays(end, 60), end: null });
    return Tie.parse({
      id: `t${index}`,
      source,
      target,
      type: pick(DEFAULT_TIE_TYPES.map((type) => type.key)),
      weight: 1,
      status: 'existing',
      spells,
      evidence: null,
      note: '',
      attributes: {},
    });
  });
  const groups = ['g1', 'g2', 'g3'].map((id) =>
    Group.parse({ id, name: id, kind: 'learning_community', description: '' }),
  );
  const members = groups.flatMap((group) =>
    Array.from({ length: 40 }, () =>
      GroupMember.parse({
        groupId: group.id,
        actorId: pick(ids),
        joined: dayIn('2019-01-01', 700),
        left: null,
      }),
    ),
  );
  return {
    actors,
    ties,
    sectors: [...DEFAULT_SECTORS],
    tieTypes: [...DEFAULT_TIE_TYPES],
    groups,
    members,
    events: [],
    participation: [],
    waves: [],
  };
}

const generated = performance.now();
const data = generateProject(createRandom(7));
const built = performance.now();
const rows = series(data, periodsByMonth('2020-01-01', months), SERIES_MEASURES);
const done = performance.now();

console.log(
  `Generated ${actorCount} actors, ${data.ties.length} ties in ${Math.round(built - generated)} ms`,
);
console.log('month     actors  ties   density  formed  ended');
for (const row of rows) {
  const v = row.values;
  console.log(
    `${row.period.label}  ${String(v.actors).padStart(6)} ${String(v.ties).padStart(6)}  ${(v.density ?? 0).toFixed(5)} ${String(v.ties_formed).padStart(6)} ${String(v.ties_ended).padStart(6)}`,
  );
}
console.log(
  `series: ${months} monthly snapshots, ${SERIES_MEASURES.length} measures: ${Math.round(done - built)} ms (${Math.round((done - built) / months)} ms per snapshot)`,
);
