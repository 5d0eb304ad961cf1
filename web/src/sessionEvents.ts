import type { QueryClient } from '@tanstack/react-query';
import { setAuthFailureHandler, type ApiError } from './api/client';
import { leaveSession, pathForStage, refreshMe } from './session';

interface Navigator {
  navigate: (to: string, options?: { replace?: boolean; state?: unknown }) => Promise<void>;
  state: { location: { pathname: string } };
}

const PUBLIC_PATHS = ['/sign-in', '/setup', '/invite'];

/** Any API call that finds the session gone (or waiting for MFA) sends the user to the right page. */
export function installSessionEvents(queryClient: QueryClient, router: Navigator): void {
  let busy = false;
  setAuthFailureHandler((error: ApiError) => {
    if (busy) return;
    const here = router.state.location.pathname;
    busy = true;
    const done = () => {
      busy = false;
    };
    if (error.code === 'UNAUTHENTICATED') {
      if (PUBLIC_PATHS.includes(here)) {
        done();
        return;
      }
      leaveSession(queryClient, (to, options) => router.navigate(to, options), 'signed-out').then(
        done,
        done,
      );
      return;
    }
    refreshMe(queryClient)
      .then((me) => {
        const next = pathForStage(me.stage);
        return next === here ? undefined : router.navigate(next, { replace: true });
      })
      .catch(() =>
        leaveSession(queryClient, (to, options) => router.navigate(to, options), 'signed-out'),
      )
      .then(done, done);
  });
}
