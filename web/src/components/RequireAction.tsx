import type { ReactNode } from 'react';
import { can, type Action } from '../lib/actions';
import { ForbiddenPage } from './ProblemPage';
import { useSession } from './useSession';

/** Shows the page only if the user's role allows the action (the server checks again). */
export function RequireAction({ action, children }: { action: Action; children: ReactNode }) {
  const { allowedActions } = useSession();
  return can(allowedActions, action) ? <>{children}</> : <ForbiddenPage />;
}
