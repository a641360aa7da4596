/** Where inside the Workshop screen the URL fragment points. */
export type WorkshopRoute =
  { view: 'list' } | { view: 'session'; id: string } | { view: 'summary'; id: string };

/** `#/workshop` → the list; `#/workshop/<id>` → the projector; `#/workshop/<id>/summary`. */
export function workshopRouteOf(hash: string): WorkshopRoute {
  const parts = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (parts[0] !== 'workshop' || !parts[1]) return { view: 'list' };
  const id = decodeURIComponent(parts[1]);
  return parts[2] === 'summary' ? { view: 'summary', id } : { view: 'session', id };
}

export function workshopHash(route: WorkshopRoute): string {
  if (route.view === 'list') return '#/workshop';
  const base = `#/workshop/${encodeURIComponent(route.id)}`;
  return route.view === 'summary' ? `${base}/summary` : base;
}
