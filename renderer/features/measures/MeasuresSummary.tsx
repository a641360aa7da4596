import { useTranslation } from 'react-i18next';
import type { GraphSelection } from '../../../shared/analysis/graph-selection.ts';

/** One sentence saying which network the numbers describe: day, size, direction, weights. */
export function MeasuresSummary({ selection }: { selection: GraphSelection }) {
  const { t } = useTranslation();
  const reading = [
    t(selection.directed ? 'measures.conventions.directed' : 'measures.conventions.undirected'),
    t(selection.weight ? 'measures.conventions.weighted' : 'measures.conventions.unweighted'),
  ].join(', ');
  return (
    <p className="measures-summary" data-testid="measures-summary">
      {t('measures.progress.summary', {
        date: selection.at ?? t('measures.progress.allDates'),
        actors: selection.actors,
        ties: selection.ties,
        reading,
      })}
    </p>
  );
}
