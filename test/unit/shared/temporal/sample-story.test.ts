import { describe, expect, it } from 'vitest';
import { convenerDependence } from '../../../../shared/temporal/convener-dependence.ts';
import { periodsFromDates } from '../../../../shared/temporal/periods.ts';
import { sectorReach } from '../../../../shared/temporal/sector-reach.ts';
import { series } from '../../../../shared/temporal/series.ts';
import { snapshotAt } from '../../../../shared/temporal/snapshots.ts';
import { readSampleTimeline } from './sample-timeline.ts';

const data = readSampleTimeline();
const share = (date: string, sector: string) =>
  sectorReach(snapshotAt(data, date)).bySector.find((row) => row.sector === sector)!.share!;

describe('the sample project tells its story over time', () => {
  it('grows cross-sector ties from 59 to 128', () => {
    const rows = series(data, periodsFromDates(['2018-01-01', '2019-01-01', '2020-06-01']), [
      'cross_sector_ties',
    ]);
    expect(rows.map((row) => row.values.cross_sector_ties)).toEqual([59, 70, 128]);
  });

  it('leans less on the convener: 8 pieces without it in 2018, 2 in mid-2020', () => {
    const before = convenerDependence(data, 'a001', '2018-01-01');
    const after = convenerDependence(data, 'a001', '2020-06-01');
    expect(before.without.components).toBe(8);
    expect(after.without.components).toBe(2);
    expect(after.without.largestComponentShare!).toBeGreaterThan(
      before.without.largestComponentShare!,
    );
  });

  it('brings more CSOs into direct contact with government and donors', () => {
    expect(share('2020-06-01', 'government')).toBeGreaterThan(share('2018-01-01', 'government'));
    expect(share('2020-06-01', 'donor')).toBeGreaterThan(share('2018-01-01', 'donor'));
  });
});
