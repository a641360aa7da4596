import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/domain/workshop.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import { resolveName } from '../../../shared/formats/names/name-suggestions.ts';
import type { useWorkshopEdits } from './useWorkshopEdits.ts';

interface ProposalsPanelProps {
  proposals: readonly Proposal[];
  snapshot: NetworkSnapshot;
  decide: ReturnType<typeof useWorkshopEdits>['decide'];
}

/** How many decided proposals stay listed under the pending ones. */
const DECIDED_SHOWN = 8;

/**
 * What participants sent from their phones, newest pending first, for the facilitator to
 * accept (applied as one undoable edit tagged with the session) or reject.
 */
export function ProposalsPanel({ proposals, snapshot, decide }: ProposalsPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = new Map<string, string>(snapshot.actors.map((actor) => [actor.id, actor.name]));
  const sectors = new Map(
    snapshot.sectors.map((sector) => [sector.key, labelOf(sector, language)]),
  );
  const types = new Map(snapshot.tieTypes.map((type) => [type.key, labelOf(type, language)]));
  const nameOf = (id: string) => names.get(id) ?? t('workshop.proposals.unknownActor');
  const pending = proposals
    .filter((proposal) => proposal.status === 'pending')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const decided = proposals
    .filter((proposal) => proposal.status !== 'pending')
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))
    .slice(0, DECIDED_SHOWN);

  /** A new organisation whose name is already an actor's (accents, case, A.C. ignored). */
  function sameAs(proposal: Proposal): string | null {
    if (proposal.body.kind !== 'actor') return null;
    const id = resolveName(proposal.body.name, snapshot.actors);
    return id ? nameOf(id) : null;
  }

  function describe(proposal: Proposal): string {
    const body = proposal.body;
    if (body.kind === 'tie')
      return t('workshop.proposals.tie', {
        source: nameOf(body.source),
        target: nameOf(body.target),
        type: types.get(body.type) ?? body.type,
        status: t(`workshop.tie.statuses.${body.status}`),
      });
    if (body.kind === 'rating')
      return t('workshop.proposals.rating', {
        actor: nameOf(body.actorId),
        influence: body.influence ?? '–',
        stance: t(`allies.stances.${body.stance}`),
      });
    return t('workshop.proposals.actor', {
      name: body.name,
      sector: body.sector ? (sectors.get(body.sector) ?? body.sector) : t('workshop.sector.none'),
    });
  }

  return (
    <div className="workshop-proposals" data-testid="workshop-proposals" aria-live="polite">
      {pending.length === 0 && <p className="muted">{t('workshop.proposals.none')}</p>}
      <ul className="workshop-proposals__list">
        {pending.map((proposal) => (
          <li key={proposal.id} className="workshop-proposal" data-testid="workshop-proposal">
            <p className="workshop-proposal__what">{describe(proposal)}</p>
            <p className="muted">{t('workshop.proposals.by', { name: proposal.proposedBy })}</p>
            {sameAs(proposal) !== null && (
              <p className="workshop-proposal__warning" data-testid="workshop-proposal-same">
                {t('workshop.proposals.sameAs', { name: sameAs(proposal) ?? '' })}
              </p>
            )}
            <div className="workshop-proposal__actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="workshop-proposal-accept"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ proposalId: proposal.id, decision: 'accept' })}
              >
                {t('workshop.proposals.accept')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="workshop-proposal-reject"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ proposalId: proposal.id, decision: 'reject' })}
              >
                {t('workshop.proposals.reject')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {decide.error && <ErrorNotice error={decide.error} />}
      {decided.length > 0 && (
        <>
          <h3 className="workshop-side__heading">{t('workshop.proposals.decided')}</h3>
          <ul className="workshop-proposals__list workshop-proposals__list--decided">
            {decided.map((proposal) => (
              <li key={proposal.id} className="muted">
                {t(
                  `workshop.proposals.statuses.${proposal.status === 'accepted' ? 'accepted' : 'rejected'}`,
                )}
                {': '}
                {describe(proposal)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
