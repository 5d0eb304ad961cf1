import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../core/shared/app-error.ts';

export const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  INVALID_TOKEN: 400,
  UNAUTHENTICATED: 401,
  MFA_REQUIRED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const sendError = (reply: FastifyReply, code: ErrorCode, message: string, field?: string) =>
  reply.code(STATUS[code]).send({ error: { code, message, ...(field ? { field } : {}) } });

/** `/emergencyContacts/0/phones` → `emergencyContacts.0.phones` */
const toField = (instancePath: string): string =>
  instancePath.replace(/^\//, '').replace(/\//g, '.');

/**
 * One handler for every error: stable codes, the bad field named for 4xx, and for 5xx nothing
 * but a correlation id (the details go to the log only).
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) return sendError(reply, err.code, err.message, err.field);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const field = first ? toField(first.instancePath) : '';
      const message = first?.message ?? 'is not valid';
      // The field travels apart from the message, so the message reads as a person would say it.
      if (field) return sendError(reply, 'VALIDATION', message, field);
      return sendError(reply, 'VALIDATION', `${err.validationContext ?? 'request'}: ${message}`);
    }
    const status = err.statusCode ?? 500;
    if (status === 429)
      return sendError(reply, 'RATE_LIMITED', 'Too many requests: wait a minute and try again');
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: 'VALIDATION', message: err.message } });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({
      error: {
        code: 'INTERNAL',
        message: 'Something went wrong. Quote this reference if you report it.',
        correlationId: req.id,
      },
    });
  });
}
