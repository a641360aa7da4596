import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import {
  timelineEventsQuery,
  timelineGroupsQuery,
  timelineNetworkQuery,
  timelineWavesQuery,
} from './queries.ts';
import { timelineBounds, type TimelineBounds } from './timeline-bounds.ts';

export interface TimelineState {
  data: TimelineData | null;
  bounds: TimelineBounds | null;
  error: unknown;
  retry: () => void;
}

/** The project as time analysis reads it: network, groups with memberships, events, waves. */
export function useTimelineData(): TimelineState {
  const [network, groups, events, waves] = useQueries({
    queries: [
      timelineNetworkQuery(),
      timelineGroupsQuery(),
      timelineEventsQuery(),
      timelineWavesQuery(),
    ],
  });
  const data = useMemo((): TimelineData | null => {
    if (!network.data || !groups.data || !events.data || !waves.data) return null;
    return {
      ...network.data,
      members: groups.data.members,
      groups: groups.data.groups,
      events: events.data.events,
      participation: events.data.participation,
      waves: waves.data,
    };
  }, [network.data, groups.data, events.data, waves.data]);
  const bounds = useMemo(() => (data ? timelineBounds(data) : null), [data]);
  const failed = [network, groups, events, waves].find((query) => query.isError);
  return {
    data,
    bounds,
    error: failed?.error ?? null,
    retry: () => {
      for (const query of [network, groups, events, waves]) {
        if (query.isError) void query.refetch();
      }
    },
  };
}
