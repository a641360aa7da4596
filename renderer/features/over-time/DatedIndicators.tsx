import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import type { CompareResult } from '../../workers/series-schemas.ts';
import { formatPoints, formatShare } from './format-change.ts';
import { IndicatorCard } from './IndicatorCard.tsx';
import { SectorPairCounts } from './SectorPairCounts.tsx';
import type { Names } from './useNames.ts';

interface DatedIndicatorsProps {
  result: CompareResult;
  names: Names;
}

/** New alliances, cross-sector share, CSO reach and member gains between the two dates. */
export function DatedIndicators({ result, names }: DatedIndicatorsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { before, after } = result;
  const cross = result.crossSector;
  const gains = result.memberGains;
  return (
    <>
      <IndicatorCard
        title={t('overTime.indicators.newAlliances.title')}
        definition={t('time.indicators.newAlliances')}
        testId="indicator-new-alliances"
      >
        <p className="indicator__value">
          <span data-testid="indicator-new-alliances-total">{result.alliances.total}</span>{' '}
          <span className="muted">{t('overTime.indicators.newAlliances.total')}</span>
        </p>
        <SectorPairCounts counts={result.alliances.bySectorPair} names={names} />
      </IndicatorCard>
      <IndicatorCard
        title={t('overTime.indicators.crossSector.title')}
        definition={t('time.indicators.crossSectorShare')}
        testId="indicator-cross-sector"
      >
        <dl className="indicator__pair">
          {(['before', 'after'] as const).map((side) => (
            <div key={side}>
              <dt>
                {t(`overTime.beforeAfter.${side}`, { date: side === 'before' ? before : after })}
              </dt>
              <dd>
                <strong className="indicator__value" data-testid={`cross-share-${side}`}>
                  {formatShare(cross[side].share, language)}
                </strong>{' '}
                <span className="muted">
                  {t('overTime.indicators.crossSector.ties', {
                    cross: cross[side].crossSector,
                    total: cross[side].withSectors,
                  })}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </IndicatorCard>
      <IndicatorCard
        title={t('overTime.indicators.reach.title')}
        definition={t('time.indicators.sectorReach')}
        testId="indicator-reach"
      >
        <p className="muted">
          {t('overTime.indicators.reach.csos', {
            before: result.reach.before.actors,
            after: result.reach.after.actors,
          })}
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('overTime.indicators.reach.sector')}</th>
              <th scope="col">{t('overTime.beforeAfter.before', { date: before })}</th>
              <th scope="col">{t('overTime.beforeAfter.after', { date: after })}</th>
              <th scope="col">{t('overTime.beforeAfter.change')}</th>
            </tr>
          </thead>
          <tbody>
            {result.reach.after.bySector.map((row) => {
              const earlier = result.reach.before.bySector.find((r) => r.sector === row.sector);
              const change =
                earlier?.share != null && row.share !== null ? row.share - earlier.share : null;
              return (
                <tr key={row.sector} data-testid="reach-row">
                  <th scope="row">{names.sector(row.sector)}</th>
                  <td className="number">{formatShare(earlier?.share ?? null, language)}</td>
                  <td className="number">{formatShare(row.share, language)}</td>
                  <td className="number">
                    {change === null
                      ? '–'
                      : t('overTime.indicators.reach.points', {
                          value: formatPoints(change, language),
                        })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </IndicatorCard>
      <IndicatorCard
        title={t('overTime.indicators.members.title')}
        definition={t('time.indicators.memberGains')}
        testId="indicator-members"
      >
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('overTime.indicators.members.group')}</th>
              <th scope="col">{t('overTime.indicators.members.actors')}</th>
              <th scope="col">{t('overTime.indicators.members.gained')}</th>
              <th scope="col">{t('overTime.indicators.members.perActor')}</th>
            </tr>
          </thead>
          <tbody>
            {(['members', 'nonMembers'] as const).map((group) => (
              <tr key={group} data-testid={`gains-${group}`}>
                <th scope="row">{t(`overTime.indicators.members.${group}`)}</th>
                <td className="number">{gains[group].actors}</td>
                <td className="number">{gains[group].tiesGained}</td>
                <td className="number">{formatMeasure(gains[group].perActor, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('overTime.indicators.members.caveat')}</p>
      </IndicatorCard>
    </>
  );
}
