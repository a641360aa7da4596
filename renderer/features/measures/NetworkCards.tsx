import { useTranslation } from 'react-i18next';
import type { AnalysisDefinitions } from '../../../shared/metrics/analyze.ts';
import type { NetworkMeasureKey } from '../../../shared/metrics/definitions.ts';
import type { NetworkMeasures } from '../../../shared/metrics/measure-network.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from './format-measure.ts';
import { useMeasureHelp } from './useMeasureHelp.ts';

/** The summary cards, in the order an M&E report reads them. */
export const CARD_MEASURES = [
  'actors',
  'ties',
  'density',
  'weakComponents',
  'largestComponentShare',
  'diameter',
  'averagePathLength',
  'reciprocity',
  'transitivity',
  'averageClustering',
  'degreeCentralization',
  'betweennessCentralization',
  'degreeAssortativity',
  'sectorAssortativity',
  'modularity',
  'communities',
] as const satisfies readonly NetworkMeasureKey[];

interface NetworkCardsProps {
  network: NetworkMeasures;
  definitions: AnalysisDefinitions;
}

/** One card per network measure: value, name, and the one-sentence explanation. */
export function NetworkCards({ network, definitions }: NetworkCardsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const help = useMeasureHelp(definitions);
  return (
    <section className="measures-panel" aria-labelledby="measures-cards-title">
      <h2 id="measures-cards-title">{t('measures.cards.title')}</h2>
      <dl className="measure-cards">
        {CARD_MEASURES.map((key) => {
          const value = network[key];
          return (
            <div
              key={key}
              className="measure-card"
              title={help('network', key)}
              data-testid={`card-${key}`}
            >
              <dt>{t(`measures.network.${key}.name`)}</dt>
              <dd className="measure-card__value" data-testid={`card-${key}-value`}>
                {value === null
                  ? t('measures.cards.notApplicable')
                  : formatMeasure(value, language)}
              </dd>
              <dd className="measure-card__help">{t(`measures.network.${key}.help`)}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
