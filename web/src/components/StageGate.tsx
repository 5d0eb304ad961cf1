import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../api/queries';
import type { Me } from '../api/types';
import { pathForStage } from '../session';
import { Loading } from './Loading';

interface Props {
  /** Whether this page is for the user in this state; if not, they go where their stage says. */
  allow: (me: Me) => boolean;
  children: (me: Me) => ReactNode;
}

/** For the MFA pages: the user has passed the password step but may not be fully signed in. */
export function StageGate({ allow, children }: Props) {
  const me = useMe();
  if (me.isError) return <Navigate to="/sign-in" replace />;
  if (!me.data) return <Loading />;
  const current = me.data.data;
  if (!allow(current)) return <Navigate to={pathForStage(current.stage)} replace />;
  return <>{children(current)}</>;
}
