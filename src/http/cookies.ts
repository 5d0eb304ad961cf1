import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'haven_session';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

/**
 * Secure whenever the browser will honour it: over HTTPS, and on loopback, which browsers treat
 * as a secure context. A plain-HTTP address on a network is warned about at start-up.
 */
const secureFor = (req: FastifyRequest): boolean =>
  req.protocol === 'https' || LOOPBACK.test(req.host);

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: secureFor(req),
    sameSite: 'strict',
    path: '/',
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    secure: secureFor(req),
    sameSite: 'strict',
    path: '/',
  });
}
