import { Actor } from '../domain/actor.ts';
import { TieType } from '../domain/catalog.ts';
import { CatalogKey } from '../domain/ids.ts';
import { Tie } from '../domain/tie.ts';
import type { ParsedNetwork, ParsedTie } from '../formats/parsed-network.ts';
import { mergeSpells } from './merge-spells.ts';
import type { TimelineData } from './timeline-data.ts';
import type { DateRange } from './tie-spells.ts';

/** Tie types given to ties read from a file: only their direction matters to time analysis. */
const FILE_TIE_TYPES = TieType.array().parse([
  {
    key: 'directed',
    labelEs: 'Dirigido',
    labelEn: 'Directed',
    directed: true,
    colour: '#555555',
    position: 0,
  },
  {
    key: 'undirected',
    labelEs: 'No dirigido',
    labelEn: 'Undirected',
    directed: false,
    colour: '#555555',
    position: 1,
  },
]);

/**
 * A network read from a file (GEXF with spells, GraphML…) as time-analysis data, without a
 * project: ids kept as written, a sector that is not a catalogue key dropped (null), each tie
 * typed `directed` or `undirected` as the file says (its own direction, else the file's,
 * else undirected), a tie's overlapping spells merged, a tie end missing from the nodes added
 * as an actor. When any actor has presence spells (a dynamic GEXF), every actor gets its own,
 * an actor without any being present always, as GEXF reads it. No groups, waves or members.
 */
export function timelineFromParsed(network: ParsedNetwork): TimelineData {
  const idOfName = new Map<string, string>();
  const actors = new Map<string, Actor>();
  const addActor = (id: string, name: string, sector: string | null, region: string | null) =>
    actors.set(
      id,
      Actor.parse({
        id,
        name: name.trim() === '' ? id : name,
        sector: sector !== null && CatalogKey.safeParse(sector).success ? sector : null,
        kind: 'organisation',
        region,
        attributes: {},
        notes: '',
      }),
    );
  for (const actor of network.actors) {
    if (actors.has(actor.id)) continue;
    idOfName.set(actor.name, actor.id);
    addActor(actor.id, actor.name, actor.sector, actor.region);
  }
  const endOf = (tie: ParsedTie, end: string): string => {
    const id = tie.endsBy === 'name' ? (idOfName.get(end) ?? end) : end;
    if (!actors.has(id)) addActor(id, id, null, null);
    return id;
  };
  const ties = network.ties.map((tie, index) => {
    const directed = tie.directed ?? network.directed ?? false;
    return Tie.parse({
      id: tie.id ?? `e${index}`,
      source: endOf(tie, tie.source),
      target: endOf(tie, tie.target),
      type: directed ? 'directed' : 'undirected',
      weight: tie.weight,
      status: tie.status,
      spells: tie.spells.length === 0 ? [] : mergeSpells(tie.spells),
      evidence: tie.evidence,
      note: tie.note,
      attributes: {},
    });
  });
  const dynamic = network.actors.some((actor) => (actor.spells ?? []).length > 0);
  const actorSpells = new Map<string, readonly DateRange[]>();
  if (dynamic) {
    for (const id of actors.keys()) actorSpells.set(id, []);
    for (const actor of network.actors) actorSpells.set(actor.id, mergeSpells(actor.spells ?? []));
  }
  return {
    actors: [...actors.values()],
    ties,
    sectors: [],
    tieTypes: FILE_TIE_TYPES,
    members: [],
    groups: [],
    events: [],
    participation: [],
    waves: [],
    ...(dynamic ? { actorSpells } : {}),
  };
}
