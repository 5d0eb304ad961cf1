import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Security headers, and CSRF defence: a state change must come from our own origin. */
export function registerSecurity(app: FastifyInstance, config: { publicUrl: string }): void {
  // Built once: @fastify/helmet rebuilt this middleware, directives and all, on every request.
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (req, reply, done) =>
    headers(req.raw, reply.raw, (err) => done(err as Error | undefined)),
  );

  app.addHook('onRequest', async (req, reply) => {
    if (req.protocol === 'https') {
      void reply.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    }
    if (req.url.startsWith('/api/')) void reply.header('Cache-Control', 'no-store');
    if (SAFE_METHODS.has(req.method)) return;
    const origin = req.headers.origin;
    // Read per request: with PORT=0 the public URL is only known once the server listens.
    const allowed = new URL(config.publicUrl).origin;
    const own = `${req.protocol}://${req.host}`;
    if (!origin || (origin !== allowed && origin !== own)) {
      return sendError(
        reply,
        'FORBIDDEN',
        'Cross-site request refused: changes must come from Haven’s own pages',
      );
    }
  });
}
