import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { confirmMfaEnrolment, startMfaEnrolment, verifyMfa } from '../../core/auth/mfa.ts';
import { signOut } from '../../core/auth/session.ts';
import { signIn } from '../../core/auth/sign-in.ts';
import { whoAmI } from '../../core/auth/who-am-i.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf, metaOf } from '../auth-hook.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../cookies.ts';
import { errorResponses, meSchema, ok, okWithActions, stageSchema } from '../schemas.ts';

const code = z.object({ code: z.string().trim().min(1, 'Enter the code').max(40) });

export function authRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Password step of signing in',
        response: { 200: ok(z.object({ stage: stageSchema })), ...errorResponses },
        body: z.object({
          email: z.string().trim().min(1, 'Enter your email address').max(254),
          password: z.string().min(1, 'Enter your password').max(1024),
        }),
      },
    },
    async (req, reply) => {
      const previous = req.cookies[SESSION_COOKIE];
      const { token, stage } = await signIn(rt.auth, req.body, metaOf(req), previous);
      setSessionCookie(req, reply, token);
      return { data: { stage } };
    },
  );

  app.post(
    '/api/auth/mfa/enrol/start',
    {
      config: { access: 'partial' },
      schema: {
        tags,
        summary: 'Begin setting up an authenticator app',
        response: {
          200: ok(z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() })),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { session, user } = authOf(req);
      return { data: await startMfaEnrolment(rt.auth, session, user) };
    },
  );

  app.post(
    '/api/auth/mfa/enrol/confirm',
    {
      config: { access: 'partial' },
      schema: {
        tags,
        summary: 'Confirm the authenticator app with a first code',
        response: {
          200: ok(z.object({ stage: stageSchema, recoveryCodes: z.array(z.string()) })),
          ...errorResponses,
        },
        body: code,
      },
    },
    async (req, reply) => {
      const { session, user } = authOf(req);
      const { token, recoveryCodes } = await confirmMfaEnrolment(
        rt.auth,
        session,
        user,
        req.body.code,
        metaOf(req),
      );
      setSessionCookie(req, reply, token);
      return { data: { stage: 'signed_in' as const, recoveryCodes } };
    },
  );

  app.post(
    '/api/auth/mfa/verify',
    {
      config: { access: 'partial' },
      schema: {
        tags,
        summary: 'Second step of signing in: a TOTP or recovery code',
        response: { 200: ok(z.object({ stage: stageSchema })), ...errorResponses },
        body: code,
      },
    },
    async (req, reply) => {
      const { session, user } = authOf(req);
      const { token } = await verifyMfa(rt.auth, session, user, req.body.code, metaOf(req));
      setSessionCookie(req, reply, token);
      return { data: { stage: 'signed_in' as const } };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'partial' },
      schema: {
        tags,
        summary: 'Sign out',
        response: { 204: z.null().describe('Signed out'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { session, user } = authOf(req);
      await signOut(rt.auth, session, user, metaOf(req));
      clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'partial' },
      schema: {
        tags,
        summary: 'Who is signed in, and what they may do',
        response: { 200: okWithActions(meSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { session, user, actor } = authOf(req);
      return whoAmI(rt, session, user, actor);
    },
  );
}
