import { describe, expect, it } from 'vitest';
import { meetingTies } from '../../../../shared/temporal/meeting-ties.ts';
import { actor, attended, event, member, tie, timeline } from './timeline-fixture.ts';

/**
 * p, q, s CSOs; r, u government; all members of g1 since 2018, so all present.
 * E1 (2019-01-10): p, q, r. E2 (2019-03-01): r, s.
 * p–q tied since 2018 (already working together); p–r forms 2019-04-01 (within 6 months of E1);
 * q–r forms 2019-12-01 (within 12); r–s forms 2019-02-01, before E2; s–u (never met) 2019-05-01.
 */
const data = timeline({
  actors: ['p', 'q', 's']
    .map((id) => actor(id, 'cso'))
    .concat(['r', 'u'].map((id) => actor(id, 'government'))),
  members: ['p', 'q', 'r', 's', 'u'].map((id) => member('g1', id, '2018-01-01', null)),
  ties: [
    tie('pq', 'p', 'q', ['2018-01-01', null]),
    tie('pr', 'p', 'r', ['2019-04-01', null]),
    tie('qr', 'q', 'r', ['2019-12-01', null]),
    tie('rs', 'r', 's', ['2019-02-01', null]),
    tie('su', 's', 'u', ['2019-05-01', null]),
  ],
  events: [event('E1', '2019-01-10'), event('E2', '2019-03-01')],
  participation: [...attended('E1', 'p', 'q', 'r'), ...attended('E2', 'r', 's')],
});

describe('did meeting lead to working together?', () => {
  const result = meetingTies(data);

  it('counts attendee pairs not yet tied and those that formed a tie in 6 and 12 months', () => {
    const [first] = result.events;
    // Pairs p–r and q–r (p–q already tied); p–r forms within 6 months, q–r within 12.
    expect(first!.windows.map((w) => [w.months, w.attended.pairs, w.attended.formed])).toEqual([
      [6, 2, 1],
      [12, 2, 2],
    ]);
  });

  it('sets them against pairs of the same sector pairs who never shared an event', () => {
    // CSO–government pairs that never met: p–u, q–u, s–u; s–u forms on 2019-05-01.
    const [first] = result.events;
    expect(first!.windows[0]!.baseline).toEqual({ pairs: 3, formed: 1, share: 1 / 3 });
    expect(first!.windows[1]!.baseline).toEqual({ pairs: 3, formed: 1, share: 1 / 3 });
  });

  it('leaves out pairs tied before the event, with no share when no pair is left', () => {
    const second = result.events[1]!;
    expect(second.windows[0]!.attended).toEqual({ pairs: 0, formed: 0, share: null });
    expect(second.windows[0]!.baseline.pairs).toBe(0);
  });

  it('sums the counts over events and says it shows association, not cause', () => {
    expect(result.overall.map((w) => [w.attended.share, w.baseline.share])).toEqual([
      [1 / 2, 1 / 3],
      [1, 1 / 3],
    ]);
    expect(result.note).toBe('time.indicators.meetingTiesNote');
  });
});
