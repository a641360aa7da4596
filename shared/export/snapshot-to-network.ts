import type { NetworkSnapshot } from '../api/network.ts';
import type { ParsedNetwork } from '../formats/parsed-network.ts';

/**
 * A project's network in the form every writer takes. Direction comes from each tie's type;
 * ids stay as they are so an exported file re-imports onto the same actors.
 */
export function snapshotToNetwork(snapshot: NetworkSnapshot): ParsedNetwork {
  const directedType = new Map(snapshot.tieTypes.map((type) => [type.key, type.directed]));
  const origin = { file: 'project' };
  const ties = snapshot.ties.map((tie) => ({
    id: tie.id as string,
    source: tie.source as string,
    target: tie.target as string,
    endsBy: 'id' as const,
    type: tie.type,
    directed: directedType.get(tie.type) ?? false,
    weight: tie.weight,
    status: tie.status,
    spells: tie.spells.map((spell) => ({ start: spell.start, end: spell.end })),
    evidence: tie.evidence,
    note: tie.note,
    relation: null,
    attributes: tie.attributes,
    origin,
  }));
  const kinds = new Set(ties.map((tie) => tie.directed));
  return {
    format: 'tejido',
    directed: kinds.size === 1 ? [...kinds][0]! : null,
    actors: snapshot.actors.map((actor) => ({
      id: actor.id as string,
      name: actor.name,
      sector: actor.sector,
      kind: actor.kind,
      region: actor.region,
      attributes: actor.notes ? { ...actor.attributes, notes: actor.notes } : actor.attributes,
      origin,
    })),
    ties,
    events: [],
    participation: [],
    relations: [],
    problems: [],
  };
}
