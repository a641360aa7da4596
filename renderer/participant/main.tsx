import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ParticipantApp } from './ParticipantApp.tsx';
import { setupParticipantI18n } from './setup-participant-i18n.ts';
import './participant.css';

/** The phone page of a shared workshop: no app shell, no API client, only /p/* routes. */
async function start(): Promise<void> {
  const i18n = await setupParticipantI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('participant.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ParticipantApp />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
