import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantMap } from '../../shared/api/participant-api.ts';
import { storeLanguage } from '../i18n/language-preference.ts';
import { CodeStep } from './CodeStep.tsx';
import { OrganisationStep } from './OrganisationStep.tsx';
import { codeFromHash, fetchMap, type Problem } from './participant-client.ts';
import { readJoin, storeJoin, type StoredJoin } from './participant-session.ts';
import { ProblemNotice } from './ProblemNotice.tsx';
import { ProposeStep } from './ProposeStep.tsx';

/** How often a joined phone reads the session's map again. */
const MAP_REFRESH_MS = 15_000;

/**
 * The phone's three steps: the code (from the QR's URL fragment, or typed), who they speak
 * for, then proposals. A 401 after joining means the share stopped: start over.
 */
export function ParticipantApp() {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState(() => codeFromHash(window.location.hash));
  const [joined, setJoined] = useState<StoredJoin | null>(() => (code ? readJoin(code) : null));
  const [map, setMap] = useState<ParticipantMap | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  // The phone shows the session's map, which grows as the room adds actors: read it again
  // every little while and whenever the phone is looked at again.
  useEffect(() => {
    if (!joined) return;
    let live = true;
    const load = () =>
      void fetchMap({ token: joined.answer.participantToken }).then((answer) => {
        if (!live) return;
        if (answer.ok) {
          setMap(answer.value);
          setProblem(null);
        } else setProblem(answer.problem);
      });
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    load();
    const timer = window.setInterval(load, MAP_REFRESH_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [joined]);

  function onJoined(next: StoredJoin): void {
    storeJoin(next);
    setProblem(null);
    setJoined(next);
  }

  function startOver(): void {
    storeJoin(null);
    setJoined(null);
    setMap(null);
    setCode('');
    setProblem(null);
    window.history.replaceState(null, '', window.location.pathname);
  }

  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  return (
    <div className="p-page">
      <header className="p-header">
        <p className="p-brand">{t('participant.title')}</p>
        <div className="p-languages" role="group" aria-label={t('participant.language')}>
          {(['es', 'en'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={language === option}
              data-testid={`participant-language-${option}`}
              onClick={() => {
                storeLanguage(option);
                void i18n.changeLanguage(option);
              }}
            >
              {option.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      <main className="p-main">
        {problem === 'expired' ? (
          <ProblemNotice problem="expired" onRejoin={startOver} />
        ) : !code ? (
          <CodeStep onCode={setCode} />
        ) : !joined ? (
          <OrganisationStep code={code} onJoined={onJoined} onBadCode={startOver} />
        ) : (
          <>
            {problem && <ProblemNotice problem={problem} />}
            <ProposeStep joined={joined} map={map} onExpired={() => setProblem('expired')} />
          </>
        )}
      </main>
    </div>
  );
}
