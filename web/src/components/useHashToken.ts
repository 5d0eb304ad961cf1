import { useEffect, useState } from 'react';

/**
 * Reads a one-time token from the URL fragment (`/setup#TOKEN`), then takes it out of the
 * address bar and history at once, so it is not left on screen or in the browser's history.
 */
export function useHashToken(): string {
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  useEffect(() => {
    if (!window.location.hash) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }, []);
  return token;
}
