import { describe, expect, it } from 'vitest';
import { canvasSets, timeMarks } from '../../../../shared/map/time-marks.ts';

const ids = (...values: string[]) => new Set(values);

describe('time marks between two steps', () => {
  it('lists new ties, ended ties and actors who joined', () => {
    const marks = timeMarks(
      { actorIds: ids('a', 'b', 'c'), tieIds: ids('ab', 'bc') },
      { actorIds: ids('b', 'c', 'd'), tieIds: ids('bc', 'cd') },
    );
    expect([...marks.newTies]).toEqual(['cd']);
    expect([...marks.endedTies]).toEqual(['ab']);
    expect([...marks.joinedActors]).toEqual(['d']);
  });

  it('marks nothing when the picture did not change', () => {
    const same = { actorIds: ids('a', 'b'), tieIds: ids('ab') };
    const marks = timeMarks(same, same);
    expect([marks.newTies.size, marks.endedTies.size, marks.joinedActors.size]).toEqual([0, 0, 0]);
  });
});

describe('what the canvas keeps', () => {
  it('keeps shown and absent elements, drops what the filters hide, counts only the shown', () => {
    const all = { actorIds: ids('a', 'b', 'c', 'd'), tieIds: ids('ab', 'bc', 'cd') };
    const present = { actorIds: ids('a', 'b', 'c'), tieIds: ids('ab', 'bc') };
    const shown = {
      actorIds: ids('a', 'b'),
      tieIds: ids('ab'),
      counts: { actors: 2, ties: 1, totalActors: 3, totalTies: 2 },
    };
    const { drawn, absent } = canvasSets(all, present, shown);
    expect([...absent.actorIds]).toEqual(['d']);
    expect([...absent.tieIds]).toEqual(['cd']);
    expect([...drawn.actorIds].sort()).toEqual(['a', 'b', 'd']);
    expect([...drawn.tieIds].sort()).toEqual(['ab', 'cd']);
    expect(drawn.counts).toEqual(shown.counts);
  });

  it('keeps what is shown, nothing absent, when the network is the whole project', () => {
    const all = { actorIds: ids('a', 'b', 'c'), tieIds: ids('ab', 'bc') };
    const shown = {
      actorIds: ids('a', 'b'),
      tieIds: ids('ab'),
      counts: { actors: 2, ties: 1, totalActors: 3, totalTies: 2 },
    };
    const { drawn, absent } = canvasSets(all, all, shown);
    expect(drawn).toBe(shown);
    expect([absent.actorIds.size, absent.tieIds.size]).toEqual([0, 0]);
  });
});
