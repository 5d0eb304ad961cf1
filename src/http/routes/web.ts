import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.ts';
import { sendError } from '../errors.ts';

/** Serves the built React client: hashed assets cached forever, pages from index.html. */
export async function webRoutes(app: FastifyInstance, rt: Runtime): Promise<void> {
  const indexFile = path.join(rt.config.webDir, 'index.html');
  const assets = path.join(rt.config.webDir, 'assets');
  if (existsSync(assets)) {
    await app.register(fastifyStatic, {
      root: assets,
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }
  const page = () =>
    existsSync(indexFile)
      ? readFileSync(indexFile, 'utf8')
      : '<!doctype html><html lang="en-GB"><title>Haven</title><p>The web client is not built yet: run <code>npm run build:web</code>.</p></html>';

  app.setNotFoundHandler(
    { preHandler: app.rateLimit ? app.rateLimit({ max: 120, timeWindow: '1 minute' }) : undefined },
    async (req, reply) => {
      const path = req.url.split('?')[0] ?? '';
      if (
        (req.method !== 'GET' && req.method !== 'HEAD') ||
        path === '/api' ||
        path.startsWith('/api/')
      ) {
        return sendError(reply, 'NOT_FOUND', 'Not found');
      }
      return reply
        .code(200)
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(page());
    },
  );
}
