import type { Attributes } from '../domain/text.ts';
import type { ParsedActor, ParsedNetwork } from './parsed-network.ts';

/**
 * The pseudonymised export (DOMAIN.md "Sensitivity": some organisations document abuses in
 * violent regions). Actors get codes ORG-001… (organisations and actors of unknown kind)
 * and PER-001… (people), numbered in order of id so the same project always gives the same
 * codes; ids become the codes too, since imported ids are often names. Notes, tie ids and
 * free-text attributes (strings) are dropped; sectors, kinds, regions, weights, types,
 * numeric and yes/no attributes and every date are kept, so the analysis is unchanged.
 */
export function pseudonymise(network: ParsedNetwork): ParsedNetwork {
  const sorted = [...network.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const codes = new Map<string, string>();
  const counters = { organisation: 0, person: 0 };
  for (const actor of sorted) {
    const person = actor.kind === 'person';
    const number = person ? ++counters.person : ++counters.organisation;
    codes.set(actor.id, `${person ? 'PER' : 'ORG'}-${String(number).padStart(3, '0')}`);
  }
  const code = (id: string): string => codes.get(id) ?? id;
  return {
    ...network,
    actors: network.actors.map((actor): ParsedActor => ({
      id: code(actor.id),
      name: code(actor.id),
      sector: actor.sector,
      kind: actor.kind,
      region: actor.region,
      attributes: keepNonText(actor.attributes),
      ...(actor.spells ? { spells: actor.spells } : {}),
      origin: actor.origin,
    })),
    ties: network.ties.map((tie) => ({
      ...tie,
      id: null,
      source: code(tie.source),
      target: code(tie.target),
      note: '',
      attributes: keepNonText(tie.attributes),
    })),
    participation: network.participation.map((entry) => ({
      ...entry,
      actorId: code(entry.actorId),
    })),
    events: network.events.map((event) => ({
      ...event,
      attributes: keepNonText(event.attributes),
    })),
  };
}

function keepNonText(attributes: Attributes): Attributes {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, value]) => typeof value !== 'string'),
  );
}
