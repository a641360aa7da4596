import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { CompareResult } from '../../workers/series-schemas.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import { formatPoints, formatShare } from '../over-time/format-change.ts';
import type { Names } from '../over-time/useNames.ts';
import { topSectorPairs } from './report-model.ts';

/** How many sector pairs the one page has room for. */
const TOP_PAIRS = 3;

/** The outcomes one before/after comparison gives: alliances, cross-sector share, reach, members. */
export function ReportOutcomes({ result, names }: { result: CompareResult; names: Names }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const share = (value: number | null) => formatShare(value, language);
  const { crossSector: cross, reach, memberGains: gains } = result;
  const pairs = topSectorPairs(result.alliances.bySectorPair, TOP_PAIRS);
  return (
    <>
      <Outcome title={t('report.alliances.title')} definition={t('time.indicators.newAlliances')}>
        <p>
          <strong
            className="report-outcome__value"
            data-testid="report-alliances-total"
            data-value={result.alliances.total}
          >
            {t('report.alliances.total', { count: result.alliances.total })}
          </strong>
          {pairs.length > 0 ? (
            <>
              {' '}
              {t('report.alliances.top')}{' '}
              <span data-testid="report-alliance-pairs">
                {pairs
                  .map(({ sectors: [first, second], count }) =>
                    t('report.alliances.pair', {
                      first: names.sector(first),
                      second: names.sector(second),
                      count,
                    }),
                  )
                  .join('; ')}
              </span>
            </>
          ) : (
            <> {t('report.alliances.none')}</>
          )}
        </p>
      </Outcome>
      <Outcome
        title={t('report.crossSector.title')}
        definition={t('time.indicators.crossSectorShare')}
      >
        <p>
          {(['before', 'after'] as const).map((side) => (
            <span key={side}>
              {side === 'after' && ' → '}
              <strong
                className="report-outcome__value"
                data-testid={`report-cross-${side}`}
                data-value={cross[side].share ?? ''}
              >
                {share(cross[side].share)}
              </strong>{' '}
              <span className="muted">
                (
                {t('report.crossSector.ties', {
                  cross: cross[side].crossSector,
                  total: cross[side].withSectors,
                })}
                )
              </span>
            </span>
          ))}
        </p>
      </Outcome>
      <Outcome title={t('report.reach.title')} definition={t('time.indicators.sectorReach')}>
        {reach.after.bySector.length === 0 && reach.before.bySector.length === 0 ? (
          <p className="muted">{t('report.reach.noCsos')}</p>
        ) : (
          <>
            <p className="muted">
              {t('report.reach.csos', { before: reach.before.actors, after: reach.after.actors })}
            </p>
            <table className="data-table report-table">
              <thead>
                <tr>
                  <th scope="col">{t('report.reach.sector')}</th>
                  <th scope="col">{t('report.measures.before', { date: result.before })}</th>
                  <th scope="col">{t('report.measures.after', { date: result.after })}</th>
                  <th scope="col">{t('report.measures.change')}</th>
                </tr>
              </thead>
              <tbody>
                {reach.after.bySector.map((row) => {
                  const earlier =
                    reach.before.bySector.find((other) => other.sector === row.sector)?.share ??
                    null;
                  const change =
                    earlier !== null && row.share !== null ? row.share - earlier : null;
                  return (
                    <tr
                      key={row.sector}
                      data-testid="report-reach-row"
                      data-sector={row.sector}
                      data-before={earlier ?? ''}
                      data-after={row.share ?? ''}
                    >
                      <th scope="row">{names.sector(row.sector)}</th>
                      <td className="number">{share(earlier)}</td>
                      <td className="number">{share(row.share)}</td>
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
          </>
        )}
      </Outcome>
      <Outcome title={t('report.members.title')} definition={t('time.indicators.memberGains')}>
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.members.group')}</th>
              <th scope="col">{t('report.members.actors')}</th>
              <th scope="col">{t('report.members.gained')}</th>
              <th scope="col">{t('report.members.perActor')}</th>
            </tr>
          </thead>
          <tbody>
            {(['members', 'nonMembers'] as const).map((group) => (
              <tr
                key={group}
                data-testid={`report-gains-${group}`}
                data-per-actor={gains[group].perActor ?? ''}
              >
                <th scope="row">{t(`report.members.${group}`)}</th>
                <td className="number">{gains[group].actors}</td>
                <td className="number">{gains[group].tiesGained}</td>
                <td className="number">{formatMeasure(gains[group].perActor, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="report-outcome__definition">{t('overTime.indicators.members.caveat')}</p>
      </Outcome>
    </>
  );
}

interface OutcomeProps {
  title: string;
  definition: string;
  children: React.ReactNode;
}

/** One headline outcome: its name, its one-sentence definition, then its numbers. */
export function Outcome({ title, definition, children }: OutcomeProps) {
  return (
    <section className="report-outcome" aria-label={title}>
      <h3>{title}</h3>
      <p className="report-outcome__definition">{definition}</p>
      {children}
    </section>
  );
}
