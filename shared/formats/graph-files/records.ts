import { ActorKind } from '../../domain/actor.ts';
import type { Attributes } from '../../domain/text.ts';
import { Evidence, TieStatus } from '../../domain/tie.ts';
import type { ParsedActor, ParsedTie, SourcePlace } from '../parsed-network.ts';

/**
 * Attribute names the writers use for the fields that have a place of their own, so that a
 * file Tejido wrote reads back into the same fields (and a Gephi column called `sector`
 * lands in the sector field).
 */
export const ACTOR_FIELD_NAMES = ['sector', 'kind', 'region'] as const;
export const TIE_FIELD_NAMES = ['type', 'status', 'evidence', 'note', 'relation'] as const;

/** Attributes that readers add to say where a node sat in a nested (group) graph. */
export const GROUP_NODE_ATTRIBUTE = 'groupNode';
export const PARENT_ATTRIBUTE = 'parent';

export function createActor(id: string, name: string, origin: SourcePlace): ParsedActor {
  return {
    id,
    name: name.trim() === '' ? id : name,
    sector: null,
    kind: null,
    region: null,
    attributes: {},
    origin,
  };
}

export function createTie(source: string, target: string, origin: SourcePlace): ParsedTie {
  return {
    id: null,
    source,
    target,
    endsBy: 'id',
    type: null,
    directed: null,
    weight: 1,
    status: 'existing',
    spells: [],
    evidence: null,
    note: '',
    relation: null,
    attributes: {},
    origin,
  };
}

/** Moves `sector`, `kind` and `region` out of the attributes into their fields. */
export function takeActorFields(actor: ParsedActor): void {
  const { attributes } = actor;
  const sector = textOf(attributes.sector);
  if (sector !== null) {
    actor.sector = sector;
    delete attributes.sector;
  }
  const kind = ActorKind.safeParse(attributes.kind);
  if (kind.success) {
    actor.kind = kind.data;
    delete attributes.kind;
  }
  const region = textOf(attributes.region);
  if (region !== null) {
    actor.region = region;
    delete attributes.region;
  }
}

/** Moves `type`, `status`, `evidence`, `note` and `relation` out of the attributes. */
export function takeTieFields(tie: ParsedTie): void {
  const { attributes } = tie;
  const type = textOf(attributes.type);
  if (type !== null) {
    tie.type = type;
    delete attributes.type;
  }
  const status = TieStatus.safeParse(attributes.status);
  if (status.success) {
    tie.status = status.data;
    delete attributes.status;
  }
  const evidence = Evidence.safeParse(attributes.evidence);
  if (evidence.success) {
    tie.evidence = evidence.data;
    delete attributes.evidence;
  }
  if (typeof attributes.note === 'string') {
    tie.note = attributes.note;
    delete attributes.note;
  }
  const relation = textOf(attributes.relation);
  if (relation !== null) {
    tie.relation = relation;
    delete attributes.relation;
  }
}

/** The attributes a writer should emit for an actor: its own plus its fields. */
export function actorColumns(actor: ParsedActor): Attributes {
  return {
    ...actor.attributes,
    ...(actor.sector === null ? {} : { sector: actor.sector }),
    ...(actor.kind === null ? {} : { kind: actor.kind }),
    ...(actor.region === null ? {} : { region: actor.region }),
  };
}

/** The attributes a writer should emit for a tie: its own plus its fields. */
export function tieColumns(tie: ParsedTie): Attributes {
  return {
    ...tie.attributes,
    ...(tie.type === null ? {} : { type: tie.type }),
    status: tie.status,
    ...(tie.evidence === null ? {} : { evidence: tie.evidence }),
    ...(tie.note === '' ? {} : { note: tie.note }),
    ...(tie.relation === null ? {} : { relation: tie.relation }),
  };
}

function textOf(value: Attributes[string] | undefined): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** The first attribute whose name, ignoring case, is `name`, and the attributes without it. */
export function splitAttribute(
  attributes: Attributes,
  name: string,
): { value: Attributes[string] | undefined; rest: Attributes } {
  const found = Object.keys(attributes).find((key) => key.toLowerCase() === name);
  if (found === undefined) return { value: undefined, rest: attributes };
  const rest = Object.fromEntries(Object.entries(attributes).filter(([key]) => key !== found));
  return { value: attributes[found], rest };
}
