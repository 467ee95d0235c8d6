import { useQuery } from '@tanstack/react-query';
import { get } from './api/http';
import { setOfficeZone } from './time';

/** Reads the office calendar's zone once (staff may read it) so every instant is shown on the office clock. */
export function useOfficeZone(signedIn: boolean): void {
  useQuery({
    queryKey: ['office-zone'],
    enabled: signedIn,
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }) => {
      const calendar = await get<{ zone?: string }>('/api/travel/calendar', signal);
      if (calendar.zone) setOfficeZone(calendar.zone);
      return calendar.zone ?? null;
    },
  });
}
