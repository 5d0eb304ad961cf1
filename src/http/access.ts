import type { Action } from '../core/access/policy.ts';
import type { Actor } from '../core/access/actor.ts';
import type { SessionRecord } from '../core/auth/ports.ts';
import type { StaffRecord } from '../core/people/staff.ts';

/**
 * What every route must declare: `public` (no session), `partial` (any session, even one still
 * waiting for MFA), `signed-in` (a full session, the use case decides), or the action the policy
 * must allow before the handler runs.
 */
export type RouteAccess = 'public' | 'partial' | 'signed-in' | Action;

export interface RequestAuth {
  session: SessionRecord;
  user: StaffRecord;
  actor: Actor;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Requests the client makes on its own (streams, polls): they never count as activity. */
    background?: boolean;
  }
  interface FastifyInstance {
    /** Every route as registered (for tests that check each one declares its access). */
    registeredRoutes: { method: string; url: string }[];
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}
