import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, getLastRequestAt } from '../api/client';
import { leaveSession } from '../session';

const CHECK_EVERY_MS = 15_000;

/**
 * The server ends a session after idleTimeoutSeconds without a request. Follow it on screen, so
 * records are not left open on an unattended computer.
 */
export function useIdleSignOut(idleTimeoutSeconds: number): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    if (!(idleTimeoutSeconds > 0)) return undefined;
    const timer = window.setInterval(() => {
      if (Date.now() - getLastRequestAt() < idleTimeoutSeconds * 1000) return;
      window.clearInterval(timer);
      api
        .post<undefined>('/api/auth/sign-out', undefined, { quietAuth: true })
        .catch(() => undefined)
        .then(() => leaveSession(queryClient, navigate, 'idle'))
        .catch(() => undefined);
    }, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [idleTimeoutSeconds, queryClient, navigate]);
}
