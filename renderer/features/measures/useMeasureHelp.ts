import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisDefinitions } from '../../../shared/metrics/analyze.ts';
import type {
  MeasureKey,
  NetworkMeasureKey,
  NodeMeasureKey,
} from '../../../shared/metrics/definitions.ts';
import { useMeasureErrorText } from './useMeasureErrorText.ts';

const PATH_MEASURES = new Set<MeasureKey>([
  'betweenness',
  'betweennessNormalized',
  'closeness',
  'harmonic',
  'diameter',
  'averagePathLength',
  'betweennessCentralization',
]);

/**
 * The hover text of a measure: what it measures, then the conventions of this result
 * (directed or not, weighted or not, normalisation, distance), and why it is missing if it is.
 */
export function useMeasureHelp(definitions: AnalysisDefinitions | null) {
  const { t } = useTranslation();
  const errorText = useMeasureErrorText();
  return useCallback(
    (scope: 'node' | 'network', key: NodeMeasureKey | NetworkMeasureKey): string => {
      const help =
        scope === 'node'
          ? t(`measures.node.${key as NodeMeasureKey}.help`)
          : t(`measures.network.${key as NetworkMeasureKey}.help`);
      const definition = definitions?.measures[key];
      if (!definitions || !definition) return help;
      const conventions: string[] = [
        t(
          definition.directed ? 'measures.conventions.directed' : 'measures.conventions.undirected',
        ),
        t(
          definition.weighted ? 'measures.conventions.weighted' : 'measures.conventions.unweighted',
        ),
        t(`measures.conventions.normalization.${definition.normalization}`),
      ];
      if (PATH_MEASURES.has(key) && definition.weighted) {
        conventions.push(t(`measures.conventions.distance.${definitions.distance}`));
      }
      const missing = definition.unavailable
        ? `\n${t('measures.conventions.unavailable', { reason: errorText(definition.unavailable) })}`
        : '';
      return `${help}\n(${conventions.join('; ')})${missing}`;
    },
    [t, definitions, errorText],
  );
}
