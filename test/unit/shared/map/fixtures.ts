import type { Actor } from '../../../../shared/domain/actor.ts';
import type { Tie } from '../../../../shared/domain/tie.ts';

/** Test actors and ties with every field filled; ids are plain strings cast to their brands. */
export function actor(id: string, sector: string | null, extra: Partial<Actor> = {}): Actor {
  return {
    id,
    name: `Actor ${id}`,
    sector,
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
    ...extra,
  } as Actor;
}

export function tie(id: string, source: string, target: string, extra: Partial<Tie> = {}): Tie {
  return {
    id,
    source,
    target,
    type: 'collaboration',
    weight: 1,
    status: 'existing',
    spells: [],
    evidence: null,
    note: '',
    attributes: {},
    ...extra,
  } as Tie;
}
