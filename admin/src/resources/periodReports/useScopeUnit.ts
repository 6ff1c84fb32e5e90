import { useQuery } from '@tanstack/react-query';
import { fetchScopeUnit } from './api';

/** The signed-in user's scope unit (null for an administrator), asked once per session. */
export const useScopeUnit = () => useQuery({ queryKey: ['periodReports', 'scopeUnit'], queryFn: fetchScopeUnit, staleTime: Infinity });
