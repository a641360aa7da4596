import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantMap } from '../../shared/api/participant-api.ts';
import type { Stance } from '../../shared/domain/workshop.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { propose, type Problem, type ProposeBody } from './participant-client.ts';
import type { StoredJoin } from './participant-session.ts';
import { ProblemNotice } from './ProblemNotice.tsx';

type Tab = 'tie' | 'rating';
const STANCES: readonly Stance[] = ['supports', 'neutral', 'opposes', 'unknown'];
const LEVELS = [0, 1, 2, 3, 4, 5] as const;

interface ProposeStepProps {
  joined: StoredJoin;
  map: ParticipantMap | null;
  onExpired: () => void;
}

/**
 * The simple mobile form: a tie from their organisation (or any actor, while theirs awaits
 * approval) to an actor found by search, with type and existing/potential; or a rating of
 * an actor. Each send shows "sent, waiting for the facilitator".
 */
export function ProposeStep({ joined, map, onExpired }: ProposeStepProps) {
  const { t, i18n } = useTranslation();
  const { participant, workshop, participantToken } = joined.answer;
  const [tab, setTab] = useState<Tab>('tie');
  const [source, setSource] = useState<string | null>(participant.actorId);
  const [target, setTarget] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [status, setStatus] = useState<'existing' | 'potential'>('existing');
  const [rated, setRated] = useState<string | null>(null);
  const [influence, setInfluence] = useState<number | null>(null);
  const [stance, setStance] = useState<Stance>('unknown');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [note, setNote] = useState<'sent' | 'duplicate' | 'choose' | 'same' | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string[]>([]);

  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const label = (item: { labelEs: string; labelEn: string }) =>
    language === 'es' ? item.labelEs : item.labelEn;
  const actors = map?.actors ?? [];
  const nameOf = (id: string | null) => actors.find((actor) => actor.id === id)?.name ?? '';
  const tieType = type ?? map?.tieTypes[0]?.key ?? null;
  // The name kept at joining shows at once; the map (loading) has the current one.
  const own =
    (participant.actorId ? nameOf(participant.actorId) : '') ||
    (joined.organisation ?? participant.displayName);

  async function send(): Promise<void> {
    let body: ProposeBody;
    let summary: string;
    if (tab === 'tie') {
      if (!source || !target || !tieType) return setNote('choose');
      if (source === target) return setNote('same');
      body = { kind: 'tie', source, target, type: tieType, status };
      summary = `${nameOf(source)} → ${nameOf(target)}`;
    } else {
      if (!rated) return setNote('choose');
      body = { kind: 'rating', actorId: rated, influence, stance };
      summary = `${nameOf(rated)}: ${influence ?? '–'}, ${t(`participant.propose.stances.${stance}`)}`;
    }
    setBusy(true);
    setNote(null);
    const answer = await propose(participantToken, body);
    setBusy(false);
    if (!answer.ok) {
      if (answer.problem === 'expired') onExpired();
      setProblem(answer.problem);
      return;
    }
    setProblem(null);
    setNote(answer.value.duplicate ? 'duplicate' : 'sent');
    setSent((previous) => [summary, ...previous]);
    setTarget(null);
    setRated(null);
  }

  return (
    <div className="p-card">
      <h1 className="p-title">{t('participant.propose.welcome', { workshop: workshop.name })}</h1>
      {workshop.question && (
        <p className="p-question">
          {t('participant.propose.question', { question: workshop.question })}
        </p>
      )}
      <p className="p-hint" data-testid="participant-as">
        {participant.actorId
          ? t('participant.propose.as', { name: own })
          : t('participant.propose.asPending', { name: own || '…' })}
      </p>
      <div className="p-tabs" role="tablist">
        {(['tie', 'rating'] as const).map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={tab === key}
            data-testid={`participant-tab-${key}`}
            onClick={() => {
              setTab(key);
              setNote(null);
            }}
          >
            {t(`participant.propose.tabs.${key}`)}
          </button>
        ))}
      </div>
      {tab === 'tie' ? (
        <>
          {!participant.actorId && (
            <ActorPicker
              placeholder={t('participant.propose.search')}
              label={t('participant.propose.from')}
              actors={actors}
              value={source}
              onChange={setSource}
              noMatch={t('participant.propose.none')}
              testId="participant-source"
              limit={5}
            />
          )}
          <ActorPicker
            placeholder={t('participant.propose.search')}
            label={t('participant.propose.to')}
            actors={actors.filter((actor) => actor.id !== source)}
            value={target}
            onChange={setTarget}
            noMatch={t('participant.propose.none')}
            testId="participant-target"
            limit={6}
          />
          <fieldset className="p-fieldset">
            <legend className="p-label">{t('participant.propose.type')}</legend>
            {map?.tieTypes.map((option) => (
              <label key={option.key} className="p-radio">
                <input
                  type="radio"
                  name="tie-type"
                  checked={tieType === option.key}
                  data-testid={`participant-type-${option.key}`}
                  onChange={() => setType(option.key)}
                />
                {label(option)}
              </label>
            ))}
          </fieldset>
          <fieldset className="p-fieldset">
            <legend className="p-label">{t('participant.propose.status')}</legend>
            {(['existing', 'potential'] as const).map((option) => (
              <label key={option} className="p-radio">
                <input
                  type="radio"
                  name="tie-status"
                  checked={status === option}
                  data-testid={`participant-status-${option}`}
                  onChange={() => setStatus(option)}
                />
                {t(`participant.propose.statuses.${option}`)}
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <>
          <ActorPicker
            placeholder={t('participant.propose.search')}
            label={t('participant.propose.actor')}
            actors={actors}
            value={rated}
            onChange={setRated}
            noMatch={t('participant.propose.none')}
            testId="participant-rated"
            limit={6}
          />
          <fieldset className="p-fieldset">
            <legend className="p-label">{t('participant.propose.influence')}</legend>
            <div className="p-levels">
              {LEVELS.map((level) => (
                <button
                  key={level}
                  type="button"
                  aria-pressed={influence === level}
                  className="p-level"
                  onClick={() => setInfluence(influence === level ? null : level)}
                >
                  {level}
                </button>
              ))}
            </div>
          </fieldset>
          <fieldset className="p-fieldset">
            <legend className="p-label">{t('participant.propose.stance')}</legend>
            {STANCES.map((option) => (
              <label key={option} className="p-radio">
                <input
                  type="radio"
                  name="stance"
                  checked={stance === option}
                  onChange={() => setStance(option)}
                />
                {t(`participant.propose.stances.${option}`)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {problem && problem !== 'expired' && <ProblemNotice problem={problem} />}
      {note && (
        <p
          className={`p-notice${note === 'sent' || note === 'duplicate' ? ' p-notice--ok' : ''}`}
          role="status"
          data-testid="participant-note"
        >
          {t(`participant.propose.${note}`)}
        </p>
      )}
      <button
        type="button"
        className="p-button p-button--primary"
        data-testid="participant-send"
        disabled={busy || !map}
        onClick={() => void send()}
      >
        {busy ? t('participant.propose.sending') : t('participant.propose.send')}
      </button>
      {sent.length > 0 && (
        <section className="p-history">
          <h2 className="p-label">{t('participant.propose.history')}</h2>
          <ul>
            {sent.map((line, index) => (
              <li key={`${index}-${line}`}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
