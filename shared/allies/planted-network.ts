import { NetworkSnapshot } from '../api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../domain/default-catalog.ts';

export interface PlantedNetworkOptions {
  /** Seeded generator in [0, 1), e.g. createRandom(seed) from shared/metrics/random.ts. */
  random: () => number;
  communities: number;
  /** Actors per community. */
  communitySize: number;
  /** Chance of a tie between two actors of one community at the start; 0.2 by default. */
  insideChance?: number;
  /** Ties between communities at the start, per actor; 0.1 by default. */
  bridgesPerActor?: number;
  /** Days after the start on which new ties form; 365 by default. */
  days?: number;
  /** New ties per day; 1 by default. */
  tiesPerDay?: number;
  /** Share of new ties between random actors rather than closing a triangle; 0.1 by default. */
  noise?: number;
}

/** Sectors of a community's actors in turn: mostly CSOs, one government body, one donor. */
const SECTOR_CYCLE = ['cso', 'cso', 'government', 'cso', 'donor', 'cso', 'private', 'cso'];
const START_DAY = Date.UTC(2018, 0, 1);
const DAY_MS = 86_400_000;

/**
 * A dated network with planted structure, for checking ally suggestions where the answer is
 * known to be predictable: communities of actors tied at random inside (chance
 * `insideChance`) plus a few ties between communities, all from 2018-01-01; then, on each of
 * `days` following days, `tiesPerDay` new ties, each closing a triangle (a random actor with a
 * tie, a random partner of it, a random partner of that partner not yet tied to the actor)
 * or, with chance `noise`, between two random actors. Future ties are therefore mostly
 * between actors who share partners now. Same random sequence, same network.
 * Ids: actors a00001…, ties t000001…; names "Actor 1"…; undirected collaboration ties.
 */
export function generatePlantedNetwork(options: PlantedNetworkOptions): NetworkSnapshot {
  const { random, communities, communitySize } = options;
  const insideChance = options.insideChance ?? 0.2;
  const order = communities * communitySize;
  const neighbours = Array.from({ length: order }, () => new Set<number>());
  const ties: { source: number; target: number; day: number }[] = [];
  const pick = (count: number): number => Math.floor(random() * count);
  const addTie = (source: number, target: number, day: number): boolean => {
    if (source === target || neighbours[source]!.has(target)) return false;
    neighbours[source]!.add(target);
    neighbours[target]!.add(source);
    ties.push({ source, target, day });
    return true;
  };
  for (let community = 0; community < communities; community += 1) {
    const first = community * communitySize;
    for (let a = first; a < first + communitySize; a += 1) {
      for (let b = a + 1; b < first + communitySize; b += 1) {
        if (random() < insideChance) addTie(a, b, 0);
      }
    }
  }
  const bridges = Math.round(order * (options.bridgesPerActor ?? 0.1));
  for (let index = 0; index < bridges; index += 1) addTie(pick(order), pick(order), 0);
  const days = options.days ?? 365;
  const tiesPerDay = options.tiesPerDay ?? 1;
  const noise = options.noise ?? 0.1;
  for (let day = 1; day <= days; day += 1) {
    for (let index = 0; index < tiesPerDay; index += 1) {
      if (random() < noise) {
        addTie(pick(order), pick(order), day);
        continue;
      }
      closeTriangle(neighbours, pick, (source, target) => addTie(source, target, day));
    }
  }
  return NetworkSnapshot.parse({
    actors: Array.from({ length: order }, (_, node) => ({
      id: actorIdOf(node),
      name: `Actor ${node + 1}`,
      sector: SECTOR_CYCLE[(node % communitySize) % SECTOR_CYCLE.length]!,
      kind: 'organisation',
      region: null,
      attributes: { community: Math.floor(node / communitySize) },
      notes: '',
    })),
    ties: ties.map((tie, index) => ({
      id: `t${String(index + 1).padStart(6, '0')}`,
      source: actorIdOf(tie.source),
      target: actorIdOf(tie.target),
      type: 'collaboration',
      weight: 1,
      status: 'existing',
      spells: [{ start: dayOf(tie.day), end: null }],
      evidence: 'survey',
      note: '',
      attributes: {},
    })),
    sectors: DEFAULT_SECTORS,
    tieTypes: DEFAULT_TIE_TYPES,
  });
}

/** Tries a few times to close a triangle at a random actor; gives up quietly if none is open. */
function closeTriangle(
  neighbours: readonly Set<number>[],
  pick: (count: number) => number,
  addTie: (source: number, target: number) => boolean,
): void {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const actor = pick(neighbours.length);
    const partners = [...neighbours[actor]!];
    if (partners.length === 0) continue;
    const partner = partners[pick(partners.length)]!;
    const further = [...neighbours[partner]!];
    const candidate = further[pick(further.length)]!;
    if (addTie(actor, candidate)) return;
  }
}

function actorIdOf(node: number): string {
  return `a${String(node + 1).padStart(5, '0')}`;
}

/** The ISO day `day` days after 2018-01-01 (calendar arithmetic, not the clock). */
function dayOf(day: number): string {
  return new Date(START_DAY + day * DAY_MS).toISOString().slice(0, 10);
}
