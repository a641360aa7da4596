/**
 * A five-actor timeline used across the temporal tests:
 * a, b, e CSOs; c government; d donor; e only a member of g1 from 2018-03-01 to 2018-09-01.
 * t1 a–b [open, 2019-01-01); t2 b–c [2018-06-01, open); t3 a–c [2018-01-01, 2018-06-01) and
 * again [2019-01-01, open); t4 c–d [2018-06-01, 2019-01-01); t5 a–b [2018-07-01, open),
 * a second tie of a pair already tied by t1.
 */
import { actor, member, tie, timeline } from './timeline-fixture.ts';

export const small = timeline({
  actors: [
    actor('a', 'cso'),
    actor('b', 'cso'),
    actor('c', 'government'),
    actor('d', 'donor'),
    actor('e', 'cso'),
  ],
  ties: [
    tie('t1', 'a', 'b', [null, '2019-01-01']),
    tie('t2', 'b', 'c', ['2018-06-01', null]),
    tie('t3', 'a', 'c', ['2018-01-01', '2018-06-01'], ['2019-01-01', null]),
    tie('t4', 'c', 'd', ['2018-06-01', '2019-01-01']),
    tie('t5', 'a', 'b', ['2018-07-01', null]),
  ],
  members: [member('g1', 'e', '2018-03-01', '2018-09-01')],
});
