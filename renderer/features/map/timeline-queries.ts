import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

/** Events with their participation: the time slider steps from one event to the next. */
export function mapEventsQuery() {
  return queryOptions({
    queryKey: ['map', 'events'] as const,
    queryFn: () => call('events.list', {}),
  });
}
