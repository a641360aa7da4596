/**
 * Benchmark of one step of the Map's time slider (what runs when the date moves): the
 * network at the date with its measures (networkAtDate), the filters (shownAtDate) and the
 * looks of every actor (nodesAtDate), on generated projects with dated ties.
 *
 *   npx tsx scripts/bench-map-time.ts [--sizes 100,1000,3000,5000] [--steps 12]
 *
 * Seeded projects: actors in the nine default sectors, 3 ties per actor between random
 * actors (a few hubs), spells starting 2018–2021, a third ending. Steps are the first days of
 * consecutive months. Prints medians per part; drawing (Cytoscape) is not included, see
 * scripts/bench-map.ts. No timing is asserted anywhere.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Actor } from '../shared/domain/actor.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../shared/domain/default-catalog.ts';
import { NO_FILTERS } from '../shared/domain/view.ts';
import { Tie } from '../shared/domain/tie.ts';
import { networkAtDate, nodesAtDate, shownAtDate } from '../shared/map/dated-map.ts';
import { createRandom } from '../shared/metrics/random.ts';
import { addDays } from '../shared/temporal/calendar.ts';
import { periodsByMonth } from '../shared/temporal/periods.ts';
import type { TimelineData } from '../shared/temporal/timeline-data.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,3000,5000' },
    steps: { type: 'string', default: '12' },
  },
});

function generate(actorCount: number): TimelineData {
  const random = createRandom(actorCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const ids = Array.from({ length: actorCount }, (_, index) => `a${index}`);
  const sectors = DEFAULT_SECTORS.map((sector) => sector.key);
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
  const ties = Array.from({ length: actorCount * 3 }, (_, index) => {
    const source = pick(ids);
    let target = random() < 0.2 ? pick(hubs) : pick(ids);
    if (target === source) target = ids[(ids.indexOf(source) + 1) % ids.length]!;
    const start = addDays('2018-01-01', Math.floor(random() * 4 * 365));
    const end = random() < 0.33 ? addDays(start, 30 + Math.floor(random() * 700)) : null;
    return Tie.parse({
      id: `t${index}`,
      source,
      target,
      type: pick(DEFAULT_TIE_TYPES).key,
      weight: 1 + Math.floor(random() * 3),
      status: random() < 0.1 ? 'potential' : 'existing',
      spells: [{ start, end }],
      evidence: null,
      note: '',
      attributes: {},
    });
  });
  return {
    actors,
    ties,
    sectors: [...DEFAULT_SECTORS],
    tieTypes: [...DEFAULT_TIE_TYPES],
    members: [],
    groups: [],
    events: [],
    participation: [],
    waves: [],
  };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

console.log('actors  ties    network+measures  filters  looks  (median ms per step)');
for (const size of values.sizes.split(',').map(Number)) {
  const timeline = generate(size);
  const parts = { network: [] as number[], shown: [] as number[], looks: [] as number[] };
  for (const period of periodsByMonth('2020-01-01', Number(values.steps))) {
    let mark = performance.now();
    const network = networkAtDate(timeline, period.start);
    parts.network.push(performance.now() - mark);
    mark = performance.now();
    shownAtDate(timeline, network, NO_FILTERS);
    parts.shown.push(performance.now() - mark);
    mark = performance.now();
    nodesAtDate(timeline, network, { sizeBy: 'degree', palette: 'project' });
    parts.looks.push(performance.now() - mark);
  }
  console.log(
    [
      String(size).padEnd(7),
      String(timeline.ties.length).padEnd(7),
      median(parts.network).toFixed(1).padStart(16),
      median(parts.shown).toFixed(1).padStart(8),
      median(parts.looks).toFixed(1).padStart(6),
    ].join(' '),
  );
}
