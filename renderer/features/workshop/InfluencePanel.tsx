import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapMeasures } from '../../../shared/map/map-measures.ts';
import { compareInfluence } from './influence-comparison.ts';
import type { SessionNetwork } from '../../../shared/workshop/session-network.ts';

interface InfluencePanelProps {
  session: SessionNetwork;
  measures: MapMeasures;
  selectedActor: string | null;
  onRate: (actorId: string) => void;
}

/**
 * Perceived influence (the room's rating) beside structural centrality in the session's
 * network, as ranks; a gap of more than a third of the ranking is named, because that is
 * where the conversation is ("why do we think the governor's office decides, when none of
 * us has a tie to it?").
 */
export function InfluencePanel({ session, measures, selectedActor, onRate }: InfluencePanelProps) {
  const { t } = useTranslation();
  const rows = useMemo(
    () =>
      compareInfluence(
        session.actors.map((actor) => actor.id),
        (id) => session.ratings.get(id)?.influence ?? null,
        measures,
      ),
    [session, measures],
  );
  const names = new Map<string, string>(session.actors.map((actor) => [actor.id, actor.name]));
  const rank = (value: number | null) => (value === null ? '–' : String(value));
  if (rows.length === 0) return <p className="muted">{t('workshop.influence.empty')}</p>;
  return (
    <div className="workshop-influence" data-testid="workshop-influence">
      <p className="workshop-side__note">{t('workshop.influence.explain')}</p>
      <table className="workshop-table">
        <thead>
          <tr>
            <th scope="col">{t('workshop.influence.actor')}</th>
            <th scope="col">{t('workshop.influence.rated')}</th>
            <th scope="col">{t('workshop.influence.perceivedRank')}</th>
            <th scope="col">{t('workshop.influence.degreeRank')}</th>
            <th scope="col">{t('workshop.influence.betweennessRank')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.actorId}
              className={row.actorId === selectedActor ? 'workshop-table__selected' : undefined}
              data-testid={`workshop-influence-row-${row.actorId}`}
            >
              <th scope="row">
                <button type="button" className="workshop-link" onClick={() => onRate(row.actorId)}>
                  {names.get(row.actorId)}
                </button>
                {row.gap && (
                  <span className={`workshop-gap workshop-gap--${row.gap}`}>
                    {t(`workshop.influence.gap.${row.gap}`)}
                  </span>
                )}
              </th>
              <td>{row.influence ?? '–'}</td>
              <td>{rank(row.perceivedRank)}</td>
              <td>{rank(row.degreeRank)}</td>
              <td>{rank(row.betweennessRank)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
