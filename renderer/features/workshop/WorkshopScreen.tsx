import { useSyncExternalStore } from 'react';
import '../../styles/workshop.css';
import { SessionList } from './SessionList.tsx';
import { SessionScreen } from './SessionScreen.tsx';
import { SummaryPage } from './SummaryPage.tsx';
import { workshopRouteOf } from './workshop-route.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The Workshop screen: the sessions, one session on the projector, or its summary. */
export function WorkshopScreen() {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const route = workshopRouteOf(hash);
  if (route.view === 'summary') return <SummaryPage key={route.id} workshopId={route.id} />;
  if (route.view === 'session') return <SessionScreen key={route.id} workshopId={route.id} />;
  return <SessionList />;
}
