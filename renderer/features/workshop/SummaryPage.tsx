import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tie } from '../../../shared/domain/tie.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';
import { useProjectInfo } from '../project/useProjectInfo.ts';
import { allyReasonText } from './ally-reason-text.ts';
import { NextSteps } from './NextSteps.tsx';
import { summaryContent } from './summary-content.ts';
import { summaryMapSvg } from './summary-map.ts';
import { useSessionModel } from './useSessionModel.ts';
import { workshopHash } from './workshop-route.ts';

/**
 * One printable page at the end of a session: the map, the session's new and potential
 * ties, the ratings, the top suggested allies of each participating organisation and the
 * agreed next steps. The browser's print gives the PDF (print CSS hides the app around it).
 */
export function SummaryPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const project = useProjectInfo();
  const model = useSessionModel(workshopId);
  const { workshop, session, snapshot, measures } = model;

  const content = useMemo(
    () => (session && snapshot ? summaryContent(session, snapshot) : null),
    [session, snapshot],
  );
  const dateText = workshop
    ? new Date(`${workshop.date}T12:00:00`).toLocaleDateString(language, { dateStyle: 'long' })
    : '';
  const svg = useMemo(() => {
    if (!workshop || !session || !measures || session.actors.length === 0) return null;
    return summaryMapSvg(
      session,
      measures,
      { sectors: model.sectors, tieTypes: model.tieTypes },
      {
        title: workshop.name,
        subtitle: t('workshop.summary.mapSubtitle', {
          date: dateText,
          actors: session.actors.length,
          ties: session.ties.length,
        }),
        source: t('workshop.summary.source', { project: project.data?.name ?? 'Tejido' }),
        language,
      },
      t,
    );
  }, [
    workshop,
    session,
    measures,
    model.sectors,
    model.tieTypes,
    t,
    dateText,
    project.data,
    language,
  ]);

  if (model.error) return <ErrorNotice error={model.error} onRetry={model.retry} />;
  if (!workshop || !session || !snapshot || !content)
    return (
      <p role="status" className="muted">
        {t('workshop.loading')}
      </p>
    );
  const names = new Map<string, string>(snapshot.actors.map((actor) => [actor.id, actor.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const sectorNames = new Map(snapshot.sectors.map((s) => [s.key, labelOf(s, language)]));
  const sectorName = (key: string) => sectorNames.get(key) ?? key;
  const typeNames = new Map(snapshot.tieTypes.map((type) => [type.key, labelOf(type, language)]));
  const tieList = (ties: Tie[], empty: string, testId: string) =>
    ties.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ul className="workshop-summary__ties" data-testid={testId}>
        {ties.map((tie) => (
          <li key={tie.id}>
            {nameOf(tie.source)} → {nameOf(tie.target)}{' '}
            <span className="muted">({typeNames.get(tie.type) ?? tie.type})</span>
          </li>
        ))}
      </ul>
    );
  const rated = session.actors
    .filter((actor) => session.ratings.has(actor.id))
    .sort(
      (a, b) =>
        (session.ratings.get(b.id)?.influence ?? -1) -
          (session.ratings.get(a.id)?.influence ?? -1) || a.name.localeCompare(b.name),
    );
  return (
    <article
      className="workshop-summary"
      data-testid="workshop-summary"
      aria-labelledby="screen-title"
    >
      <nav className="workshop-summary__tools screen-only">
        <a className="button" href={workshopHash({ view: 'session', id: workshopId })}>
          {t('workshop.summary.back')}
        </a>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('workshop.summary.print')}
        </button>
      </nav>
      <header>
        <p className="workshop-summary__kicker">{t('workshop.summary.kicker')}</p>
        <h1 id="screen-title">{workshop.name}</h1>
        <p>
          {[
            dateText,
            workshop.place,
            workshop.facilitator &&
              t('workshop.summary.facilitator', { name: workshop.facilitator }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {workshop.question && (
          <p className="workshop-summary__question">
            <strong>{t('workshop.sessions.fields.question')}:</strong> {workshop.question}
          </p>
        )}
        {workshop.purpose && <p>{workshop.purpose}</p>}
      </header>
      <section className="workshop-summary__section">
        <h2>{t('workshop.summary.map')}</h2>
        {svg ? (
          <img
            className="workshop-summary__map"
            data-testid="workshop-summary-map"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
            alt={t('workshop.summary.mapAlt', {
              actors: session.actors.length,
              ties: session.ties.length,
            })}
          />
        ) : (
          <p className="muted">{t('workshop.map.empty')}</p>
        )}
      </section>
      <div className="workshop-summary__columns">
        <section className="workshop-summary__section">
          <h2>{t('workshop.summary.newTies', { count: content.newTies.length })}</h2>
          {tieList(content.newTies, t('workshop.summary.noTies'), 'workshop-summary-new')}
        </section>
        <section className="workshop-summary__section">
          <h2>{t('workshop.summary.potentialTies', { count: content.potentialTies.length })}</h2>
          {tieList(
            content.potentialTies,
            t('workshop.summary.noTies'),
            'workshop-summary-potential',
          )}
        </section>
      </div>
      {rated.length > 0 && (
        <section className="workshop-summary__section">
          <h2>{t('workshop.summary.ratings')}</h2>
          <table className="workshop-table">
            <thead>
              <tr>
                <th scope="col">{t('workshop.influence.actor')}</th>
                <th scope="col">{t('workshop.rating.influence')}</th>
                <th scope="col">{t('workshop.rating.stance')}</th>
              </tr>
            </thead>
            <tbody>
              {rated.map((actor) => {
                const rating = session.ratings.get(actor.id)!;
                return (
                  <tr key={actor.id}>
                    <th scope="row">{actor.name}</th>
                    <td>{rating.influence ?? '–'}</td>
                    <td>{t(`allies.stances.${rating.stance}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      <section className="workshop-summary__section" data-testid="workshop-summary-allies">
        <h2>{t('workshop.summary.allies')}</h2>
        <p className="muted">{t('workshop.summary.alliesExplain')}</p>
        {content.allies.length === 0 && <p className="muted">{t('workshop.summary.noAllies')}</p>}
        <div className="workshop-summary__allies">
          {content.allies.map(({ actor, suggestions }) => (
            <div key={actor.id} className="workshop-summary__org">
              <h3>{actor.name}</h3>
              {suggestions.length === 0 ? (
                <p className="muted">{t('workshop.allies.none')}</p>
              ) : (
                <ol>
                  {suggestions.map((suggestion) => (
                    <li key={suggestion.actorId}>
                      <strong>{suggestion.name}</strong>
                      {suggestion.reasons[0] && (
                        <span className="muted">
                          {' — '}
                          {allyReasonText(suggestion.reasons[0], t, nameOf, sectorName)}
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </div>
      </section>
      <NextSteps workshop={workshop} />
    </article>
  );
}
