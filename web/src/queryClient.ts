import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
        failureCount < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
      // Safeguarding data should not linger in memory after a page stops using it.
      gcTime: 60_000,
    },
    mutations: { retry: false },
  },
});
