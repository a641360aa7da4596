import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { captureTokenFromUrl, watchForNewToken } from './api/session-token.ts';
import { App } from './app/App.tsx';
import { setupI18n } from './i18n/setup-i18n.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/data.css';

async function start(): Promise<void> {
  captureTokenFromUrl();
  watchForNewToken();
  const i18n = await setupI18n();
  const queryClient = new QueryClient({
    defaultOptions: {
      // One local backend: a failed call will fail again, so show the error at once.
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
    },
  });
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
