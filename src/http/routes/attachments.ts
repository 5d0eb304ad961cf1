import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addAttachment,
  MAX_ATTACHMENT_BYTES,
  readAttachment,
} from '../../core/concerns/use-cases/attachments.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { idParams } from './concerns.ts';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/** Photos and documents on a concern. Sent as base64 JSON, so one schema validates everything. */
export function attachmentRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['concerns'];
  app.post(
    '/api/concerns/:id/attachments',
    {
      config: { access: 'concern.readOwn' },
      bodyLimit: Math.ceil(MAX_ATTACHMENT_BYTES * 1.4) + 4096,
      schema: {
        tags,
        summary: 'Attach a photo or PDF (type checked by content, 10 MB at most, stored encrypted)',
        params: idParams,
        body: z.object({
          filename: z.string().trim().min(1, 'Name the file').max(200),
          contentBase64: z.base64('The file must be base64-encoded'),
        }),
        response: {
          201: ok(z.object({ id: z.string(), mime: z.string(), size: z.number() })),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const content = Buffer.from(req.body.contentBase64, 'base64');
      return reply.code(201).send({
        data: await addAttachment(rt.concerns, authOf(req).actor, req.params.id, {
          filename: req.body.filename,
          content,
        }),
      });
    },
  );
  app.get(
    '/api/concerns/:id/attachments/:attachmentId',
    {
      // The DSL team's, or whoever an alert about the concern reached: the use case decides.
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Open an attachment (DSL team, or whoever was alerted; audited)',
        params: idParams.extend({ attachmentId: z.uuid('Not a valid id') }),
        response: { 200: z.any().describe('the file'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { mime, content } = await readAttachment(
        rt.concerns,
        authOf(req).actor,
        req.params.id,
        req.params.attachmentId,
      );
      return reply
        .type(mime)
        .header(
          'Content-Disposition',
          `attachment; filename="attachment.${EXTENSIONS[mime] ?? 'bin'}"`,
        )
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .send(content);
    },
  );
}
