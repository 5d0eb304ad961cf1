import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.ts';

const isPlain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Where the first NUL character is in a parsed value, as a field path (`children.0.pupilId`),
 * or null. Only what JSON and query strings produce is walked, plain objects and arrays: an
 * upload's body is bytes, or a stream read later (a CTF), and is no text to look into.
 */
export function nulPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && isPlain(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = nulPath(v, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * No text Haven keeps may hold a NUL character: PostgreSQL refuses one in any text column, so
 * it would fail as a 500 there while SQLite stored it. It is refused before validation, on both
 * engines alike, as a 400 that names the field.
 */
export function registerNulGuard(app: FastifyInstance): void {
  // Not async: every request passes here, and most have nothing to refuse.
  app.addHook('preValidation', (req, reply, done) => {
    // The address's parts come from Fastify's own parsers, as records of their own kind.
    for (const part of [{ ...(req.params as object) }, { ...(req.query as object) }, req.body]) {
      const found = nulPath(part);
      if (found) {
        void sendError(
          reply,
          'VALIDATION',
          'must not contain a NUL character',
          found.join('.') || 'body',
        );
        return;
      }
    }
    done();
  });
}
