import { useOutletContext } from 'react-router';
import type { Me } from '../api/types';

export interface Session {
  me: Me;
  allowedActions: string[];
}

/** The signed-in user, for pages under <RequireSignedIn>. */
export function useSession(): Session {
  return useOutletContext<Session>();
}
