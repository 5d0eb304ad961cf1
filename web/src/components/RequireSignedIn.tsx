import { Navigate, Outlet } from 'react-router';
import { ApiError } from '../api/client';
import { useMe } from '../api/queries';
import { pathForStage } from '../session';
import { Loading } from './Loading';
import { ProblemPage } from './ProblemPage';
import type { Session } from './useSession';
import { useIdleSignOut } from './useIdleSignOut';

/** Layout route: only a fully signed-in user (password and, where needed, MFA) gets past. */
export function RequireSignedIn() {
  const me = useMe();
  const response = me.isError ? undefined : me.data;
  useIdleSignOut(response?.data.stage === 'signed_in' ? response.data.idleTimeoutSeconds : 0);

  if (me.isError) {
    if (me.error instanceof ApiError && me.error.code === 'UNAUTHENTICATED') {
      const notice = me.data ? 'signed-out' : undefined;
      return <Navigate to="/sign-in" replace state={notice ? { notice } : {}} />;
    }
    return <ProblemPage error={me.error} />;
  }
  if (!response) return <Loading />;
  if (response.data.stage !== 'signed_in') {
    return <Navigate to={pathForStage(response.data.stage)} replace />;
  }
  const session: Session = { me: response.data, allowedActions: response.allowedActions };
  return <Outlet context={session} />;
}
