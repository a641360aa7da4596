import { describe, expect, it } from 'vitest';
import { convenerDependence } from '../../../../shared/temporal/convener-dependence.ts';
import { crossSectorShare } from '../../../../shared/temporal/cross-sector-share.ts';
import { memberTieGains } from '../../../../shared/temporal/member-gains.ts';
import { sectorReach } from '../../../../shared/temporal/sector-reach.ts';
import { snapshotAt } from '../../../../shared/temporal/snapshots.ts';
import { small } from './small-timeline.ts';

describe('systemic outcome indicators', () => {
  it('shares of ties crossing sectors', () => {
    expect(crossSectorShare(snapshotAt(small, '2018-06-01'))).toMatchObject({
      crossSector: 2,
      withSectors: 3,
      share: 2 / 3,
    });
  });

  it('reach of CSOs: share of present CSOs with a direct tie to each other sector', () => {
    // CSOs present on 2018-06-01: a (tied to b), b (tied to a and c), e (member, no ties).
    const reach = sectorReach(snapshotAt(small, '2018-06-01'));
    expect(reach.actors).toBe(3);
    const bySector = Object.fromEntries(reach.bySector.map((row) => [row.sector, row.share]));
    expect(bySector.government).toBeCloseTo(1 / 3, 12);
    expect(bySector.donor).toBe(0);
    expect(bySector.cso).toBeUndefined();
  });

  it('convener dependence: the path a–b–c–d without c', () => {
    const result = convenerDependence(small, 'c', '2018-06-01');
    expect(result.with).toEqual({
      components: 2,
      largestComponentShare: 0.8,
      averagePathLength: 10 / 6,
    });
    expect(result.without).toEqual({
      components: 3,
      largestComponentShare: 0.5,
      averagePathLength: 1,
    });
    expect(result.change.components).toBe(1);
  });

  it('learning-community members against non-members: ties gained per actor', () => {
    // New ties between the days: t2 (b–c) and t5 (a–b). e is the only member and gains none.
    const result = memberTieGains(small, '2018-05-31', '2019-01-01');
    expect(result.members).toEqual({ actors: 1, tiesGained: 0, perActor: 0 });
    expect(result.nonMembers).toEqual({ actors: 3, tiesGained: 4, perActor: 4 / 3 });
  });
});
