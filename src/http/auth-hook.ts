import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorFor, type RequestMeta } from '../core/auth/meta.ts';
import { resolveSession } from '../core/auth/session.ts';
import { requireAccess } from '../core/access/require-access.ts';
import type { ResourceType } from '../core/access/policy.ts';
import { AppError } from '../core/shared/app-error.ts';
import type { Runtime } from '../runtime.ts';
import type { RequestAuth } from './access.ts';
import { SESSION_COOKIE } from './cookies.ts';

export const metaOf = (req: FastifyRequest): RequestMeta => ({
  ip: req.ip,
  userAgent: req.headers['user-agent'] ?? null,
  requestId: req.id,
});

/** The auth of a request that the hook has already checked for a session. */
export const authOf = (req: FastifyRequest): RequestAuth => {
  if (!req.auth) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return req.auth;
};

/**
 * Refuses to register a route that does not declare its access, then enforces that declaration
 * on every request: session, MFA stage and, for an action, the policy.
 */
export function registerAuth(app: FastifyInstance, rt: Runtime): void {
  app.decorateRequest('auth', null);
  const registered: { method: string; url: string }[] = [];
  app.decorate('registeredRoutes', registered);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') registered.push({ method, url: route.url });
    }
    if (route.url.startsWith('/assets/')) return;
    if (!route.config?.access)
      throw new Error(`Route ${route.method} ${route.url} does not declare its access`);
  });

  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    const meta = metaOf(req);
    const background =
      req.routeOptions.config?.background === true || req.headers['x-haven-background'] === '1';
    const resolved = await resolveSession(rt.auth, token, meta, background);
    if (!resolved.ok) {
      const why =
        resolved.ended === 'idle'
          ? 'You were signed out after a period of inactivity'
          : 'Sign in to continue';
      throw new AppError('UNAUTHENTICATED', why);
    }
    const { session, user } = resolved;
    req.auth = { session, user, actor: actorFor(user, meta) };
    if (access === 'partial') return;
    if (session.stage !== 'signed_in') {
      throw new AppError('MFA_REQUIRED', 'Finish signing in with your authentication code');
    }
    if (access !== 'signed-in') {
      await requireAccess(
        rt.auth,
        req.auth.actor,
        access,
        { type: resourceOf(access), schoolId: user.schoolId },
        { refuseAsNotFound: HIDDEN_RESOURCES.has(resourceOf(access)) },
      );
    }
  });
}

const resourceOf = (action: string) => action.split('.')[0] as ResourceType;

/** Child protection records answer "not found" to anyone refused: their existence is private. */
const HIDDEN_RESOURCES = new Set<ResourceType>(['concern', 'file', 'referral']);
