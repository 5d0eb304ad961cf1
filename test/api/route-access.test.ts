import Fastify from 'fastify';
import { describe, expect, test } from 'vitest';
import { registerAuth } from '../../src/http/auth-hook.ts';
import type { Runtime } from '../../src/runtime.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { PASSWORD, sessionCookie } from '../support/haven.ts';
import { errorOf, expectError, routesOf, unknownId } from './helpers.ts';

/** Routes anyone may call without a session. Anything else must answer 401 without one. */
const PUBLIC = new Set([
  'GET /api/setup/status',
  'POST /api/setup',
  'POST /api/invites/accept',
  'POST /api/auth/sign-in',
  'GET /api/openapi.json',
  'GET /healthz',
  'GET /readyz',
]);

/** Routes a session still waiting for its MFA code may call: the rest of signing in. */
const PARTIAL = new Set([
  'GET /api/me',
  'POST /api/auth/sign-out',
  'POST /api/auth/mfa/enrol/start',
  'POST /api/auth/mfa/enrol/confirm',
  'POST /api/auth/mfa/verify',
]);

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, unknownId());

describe('every route declares who may call it', () => {
  test('the app refuses to start when a route does not declare its access', async () => {
    const app = Fastify();
    registerAuth(app, {} as Runtime);
    await expect(async () => {
      app.get('/api/undeclared', async () => ({ data: 'secret' }));
      await app.ready();
    }).rejects.toThrow(/GET \/api\/undeclared does not declare its access/);
    await app.close().catch(() => undefined);
  });

  test('a route that declares its access is accepted', async () => {
    const app = Fastify();
    registerAuth(app, {} as Runtime);
    app.get('/api/declared', { config: { access: 'public' } }, async () => ({ data: 'ok' }));
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/declared' });
    expect(res.statusCode).toBe(200);
    await app.close();
  });
});

describeEachEngine('route access', (h) => {
  test('the router and the OpenAPI document agree on the routes', async () => {
    const routes = routesOf(h().app).map(key);
    const doc = (await h().request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(15);
    for (const op of documented) expect(routes).toContain(op);
    for (const route of ['GET /healthz', 'GET /readyz', 'GET /api/openapi.json']) {
      expect(routes).toContain(route);
    }
  });

  test('every route that is not public answers 401 UNAUTHENTICATED without a session', async () => {
    const routes = routesOf(h().app);
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const res = await h().request({ method: route.method as 'GET', url: concrete(route.url) });
      if (PUBLIC.has(key(route))) {
        expect(res.statusCode, `${key(route)} is public`).not.toBe(401);
        expect(res.statusCode, `${key(route)}: ${res.body}`).toBeLessThan(500);
      } else {
        expect(res.statusCode, `${key(route)}: ${res.body}`).toBe(401);
        expect(errorOf(res).code, key(route)).toBe('UNAUTHENTICATED');
      }
    }
  });

  test('every route on the public list still exists, so the list stays honest', () => {
    const routes = new Set(routesOf(h().app).map(key));
    for (const route of PUBLIC) expect(routes, route).toContain(route);
  });

  test('a made-up session cookie is treated as no session on every protected route', async () => {
    for (const route of routesOf(h().app).filter((r) => !PUBLIC.has(key(r)))) {
      const res = await h().request({
        method: route.method as 'GET',
        url: concrete(route.url),
        cookie: 'made-up-session-token',
      });
      expectError(res, 401, 'UNAUTHENTICATED');
    }
  });

  test('a session still waiting for its MFA code can reach only the sign-in steps', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl']);
    h().clock.advance(31_000);
    const res = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(res.json().data.stage).toBe('mfa');
    const cookie = sessionCookie(res);

    const protectedRoutes = routesOf(h().app).filter(
      (r) => !PUBLIC.has(key(r)) && !PARTIAL.has(key(r)),
    );
    expect(protectedRoutes.length).toBeGreaterThan(10);
    for (const route of protectedRoutes) {
      const blocked = await h().request({
        method: route.method as 'GET',
        url: concrete(route.url),
        cookie,
        payload: route.method === 'GET' ? undefined : {},
      });
      expect(blocked.statusCode, `${key(route)}: ${blocked.body}`).toBe(401);
      expect(errorOf(blocked).code, key(route)).toBe('MFA_REQUIRED');
    }

    const me = await h().request({ method: 'GET', url: '/api/me', cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ data: { stage: 'mfa' }, allowedActions: [] });
  });
});
