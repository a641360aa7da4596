import { describe, expect, it } from 'vitest';
import { sessionNetwork } from '../../../../shared/workshop/session-network.ts';
import { Actor } from '../../../../shared/domain/actor.ts';
import { Tie } from '../../../../shared/domain/tie.ts';
import { WorkshopContents } from '../../../../shared/domain/workshop.ts';

const actor = (id: string) =>
  Actor.parse({
    id,
    name: id.toUpperCase(),
    sector: null,
    kind: 'organisation',
    region: null,
    attributes: {},
    notes: '',
  });
const tie = (id: string, source: string, target: string) =>
  Tie.parse({
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
  });

describe('sessionNetwork', () => {
  const actors = ['a', 'b', 'c', 'd', 'e'].map(actor);
  const ties = [tie('t1', 'a', 'b'), tie('t2', 'b', 'c'), tie('t3', 'c', 'd'), tie('t4', 'd', 'e')];
  const contents = WorkshopContents.parse({
    workshop: {
      id: 'w1',
      name: 'Taller',
      date: '2020-01-15',
      place: '',
      facilitator: '',
      purpose: '',
      question: '',
      nextSteps: '',
    },
    actorIds: ['a'],
    tieIds: ['t2'],
    ratings: [{ workshopId: 'w1', actorId: 'e', influence: 4, stance: 'supports' }],
  });

  it('takes the session’s actors, the ends of its ties and the rated actors', () => {
    const network = sessionNetwork(contents, actors, ties);
    expect(network.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(network.ratings.get('e')?.influence).toBe(4);
  });

  it('draws every tie between those actors, also ties known before the session', () => {
    const network = sessionNetwork(contents, actors, ties);
    expect(network.ties.map((t) => t.id)).toEqual(['t1', 't2']);
    expect([...network.sessionTieIds]).toEqual(['t2']);
  });
});
