import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Runtime } from '../runtime.ts';
import './access.ts';
import { registerAuth } from './auth-hook.ts';
import { registerErrorHandling } from './errors.ts';
import { registerNulGuard } from './nul-guard.ts';
import { registerSecurity } from './security.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { pupilRoutes } from './routes/pupils.ts';
import { contactRoutes, schoolRoutes } from './routes/school.ts';
import { setupRoutes } from './routes/setup.ts';
import { staffRoutes } from './routes/staff.ts';
import { webRoutes } from './routes/web.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { categoryRoutes } from './routes/categories.ts';
import { concernRoutes } from './routes/concerns.ts';
import { draftRoutes } from './routes/drafts.ts';
import { devOutboxRoutes } from './routes/dev-outbox.ts';
import { deadlineRoutes } from './routes/deadlines.ts';
import { referralRoutes } from './routes/referrals.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { agencyRoutes } from './routes/agencies.ts';
import { conductRoutes } from './routes/conduct.ts';
import { allegationRoutes } from './routes/allegations.ts';
import { importRoutes } from './routes/imports.ts';
import { ctfRoutes } from './routes/ctf.ts';
import { attendanceRoutes } from './routes/attendance.ts';
import { cmeRoutes } from './routes/cme.ts';
import { fileRoutes } from './routes/files.ts';
import { notificationStreamRoutes } from './routes/notification-stream.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { triageRoutes } from './routes/triage.ts';

/** Log redaction: secrets and anything a person typed never reach the logs. */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'body',
  'req.body',
];

export async function buildApp(rt: Runtime): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: rt.config.logLevel,
      redact: { paths: REDACT, remove: true },
      // Query strings can hold a pupil's name (a search): logs keep the path only.
      serializers: {
        req: (req: { method: string; url: string; ip?: string }) => ({
          method: req.method,
          url: req.url.split('?')[0],
          ip: req.ip,
        }),
      },
    },
    trustProxy: rt.config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: rt.config.rateLimitPerMinute,
    timeWindow: '1 minute',
  });
  registerSecurity(app, rt.config);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Haven API',
        version: '0.1.0',
        description: 'Safeguarding and child-protection records for schools.',
      },
    },
    transform: jsonSchemaTransform,
  });
  registerAuth(app, rt);
  registerNulGuard(app);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  healthRoutes(app, rt);
  setupRoutes(app, rt);
  authRoutes(app, rt);
  schoolRoutes(app, rt);
  contactRoutes(app, rt);
  staffRoutes(app, rt);
  pupilRoutes(app, rt);
  auditRoutes(app, rt);
  categoryRoutes(app, rt);
  draftRoutes(app, rt);
  concernRoutes(app, rt);
  triageRoutes(app, rt);
  attachmentRoutes(app, rt);
  fileRoutes(app, rt);
  notificationRoutes(app, rt);
  notificationStreamRoutes(app, rt);
  deadlineRoutes(app, rt);
  referralRoutes(app, rt);
  calendarRoutes(app, rt);
  agencyRoutes(app, rt);
  conductRoutes(app, rt);
  allegationRoutes(app, rt);
  importRoutes(app, rt);
  ctfRoutes(app, rt);
  attendanceRoutes(app, rt);
  cmeRoutes(app, rt);
  devOutboxRoutes(app, rt);
  await webRoutes(app, rt);
  return app;
}
