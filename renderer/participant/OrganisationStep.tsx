import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantMap } from '../../shared/api/participant-api.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { fetchMap, join, type Problem } from './participant-client.ts';
import type { StoredJoin } from './participant-session.ts';
import { ProblemNotice } from './ProblemNotice.tsx';

interface OrganisationStepProps {
  code: string;
  onJoined: (join: StoredJoin) => void;
  onBadCode: () => void;
}

/**
 * Who the person speaks for: their organisation picked from the map's list (searched), or
 * a new one with its sector, which waits for the facilitator. Then POST /p/join.
 */
export function OrganisationStep({ code, onJoined, onBadCode }: OrganisationStepProps) {
  const { t, i18n } = useTranslation();
  const [map, setMap] = useState<ParticipantMap | null>(null);
  const [listMissing, setListMissing] = useState(false);
  const [actorId, setActorId] = useState<string | null>(null);
  const [notListed, setNotListed] = useState(false);
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void fetchMap({ code }).then((answer) => {
      if (!live) return;
      // A server that lists names only after joining answers 401 here: not a wrong code
      // (POST /p/join says that), just no list. The person then types their organisation.
      if (answer.ok) setMap(answer.value);
      else if (answer.problem === 'slowDown') setProblem(answer.problem);
      else setListMissing(true);
    });
    return () => {
      live = false;
    };
  }, [code]);

  const typing = notListed || listMissing;
  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const organisation = typing
      ? { newOrganisation: { name: name.trim(), sector: sector || null } }
      : actorId
        ? { actorId }
        : null;
    if (!organisation || (typing && !name.trim())) return;
    setBusy(true);
    const answer = await join({ code, displayName: displayName.trim(), ...organisation });
    setBusy(false);
    const organisationName = typing
      ? name.trim()
      : map?.actors.find((actor) => actor.id === actorId)?.name;
    if (answer.ok)
      onJoined({
        code,
        answer: answer.value,
        ...(organisationName ? { organisation: organisationName } : {}),
      });
    else setProblem(answer.problem);
  }

  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const sectors = map?.sectors ?? [];
  return (
    <form className="p-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1 className="p-title">{t('participant.organisation.title')}</h1>
      {problem && <ProblemNotice problem={problem} />}
      {problem === 'badCode' && (
        <button type="button" className="p-button" onClick={onBadCode}>
          {t('participant.code.title')}
        </button>
      )}
      {listMissing && <p className="p-hint">{t('participant.organisation.listUnavailable')}</p>}
      {map && !notListed && (
        <ActorPicker
          placeholder={t('participant.organisation.search')}
          label={t('participant.organisation.search')}
          actors={map.actors}
          value={actorId}
          onChange={setActorId}
          noMatch={t('participant.organisation.none')}
          testId="participant-organisation"
        />
      )}
      {map && (
        <label className="p-check">
          <input
            type="checkbox"
            checked={notListed}
            data-testid="participant-not-listed"
            onChange={(event) => setNotListed(event.target.checked)}
          />
          {t('participant.organisation.notListed')}
        </label>
      )}
      {typing && (
        <>
          <div className="p-field">
            <label htmlFor="participant-new-name" className="p-label">
              {t('participant.organisation.newName')}
            </label>
            <input
              id="participant-new-name"
              className="p-input"
              data-testid="participant-new-name"
              maxLength={200}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="p-field">
            <label htmlFor="participant-new-sector" className="p-label">
              {t('participant.organisation.newSector')}
            </label>
            <select
              id="participant-new-sector"
              className="p-input"
              value={sector}
              onChange={(event) => setSector(event.target.value)}
            >
              <option value="">{t('participant.organisation.noSector')}</option>
              {sectors.map((option) => (
                <option key={option.key} value={option.key}>
                  {language === 'es' ? option.labelEs : option.labelEn}
                </option>
              ))}
            </select>
          </div>
          <p className="p-hint">{t('participant.organisation.newHint')}</p>
        </>
      )}
      <div className="p-field">
        <label htmlFor="participant-display-name" className="p-label">
          {t('participant.organisation.displayName')}
        </label>
        <input
          id="participant-display-name"
          className="p-input"
          maxLength={100}
          autoComplete="name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="p-button p-button--primary"
        data-testid="participant-join"
        disabled={busy || (typing ? !name.trim() : !actorId)}
      >
        {t('participant.organisation.join')}
      </button>
    </form>
  );
}
