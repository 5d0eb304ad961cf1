import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTENDANCE_CODE_SOURCE, ATTENDANCE_CODES } from '../../core/attendance/codes.ts';
import {
  laNotifiedSchema,
  markEntrySchema,
  marksImportSchema,
} from '../../core/attendance/inputs.ts';
import { MAX_MARKS_FILE_BYTES } from '../../core/attendance/marks-csv.ts';
import { importMarks, recordMarks } from '../../core/attendance/use-cases/marks.ts';
import { attendanceWatch, recordLaNotified } from '../../core/attendance/use-cases/notices.ts';
import { pupilAttendance } from '../../core/attendance/use-cases/summary.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import {
  codesSchema,
  importResultSchema,
  markResultSchema,
  noticeSchema,
  pupilAttendanceSchema,
  watchSchema,
} from '../schemas-attendance.ts';
import { idParams } from './concerns.ts';

/** Attendance marks, their summary and the 10-school-day rule (D10), and the DSL's watch (D39). */
export function attendanceRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['attendance'];
  const deps = rt.concerns;

  app.get(
    '/api/attendance/codes',
    {
      config: { access: 'attendance.read' },
      schema: {
        tags,
        summary: 'The national attendance codes and what each counts as',
        response: { 200: ok(codesSchema), ...errorResponses },
      },
    },
    async () => ({ data: { source: ATTENDANCE_CODE_SOURCE, codes: [...ATTENDANCE_CODES] } }),
  );
  app.post(
    '/api/attendance/import',
    {
      config: { access: 'attendance.import' },
      // Base64 of the file: a third larger than the 2 MB the file itself may be.
      bodyLimit: Math.ceil(MAX_MARKS_FILE_BYTES * 1.4) + 4096,
      schema: {
        tags,
        summary:
          'Preview or import attendance marks from CSV (upn,date,session,code), UTF-8 only; all or nothing',
        body: marksImportSchema,
        response: { 200: ok(importResultSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await importMarks(
        deps,
        authOf(req).actor,
        Buffer.from(req.body.contentBase64, 'base64'),
        req.body.dryRun,
      ),
    }),
  );
  app.get(
    '/api/pupils/:id/attendance',
    {
      config: { access: 'attendance.read' },
      schema: {
        tags,
        summary: 'A pupil’s attendance summary and marks since a date (default: 1 September)',
        params: idParams,
        querystring: z.object({ from: z.string().optional() }),
        response: { 200: ok(pupilAttendanceSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await pupilAttendance(deps, authOf(req).actor, req.params.id, req.query),
    }),
  );
  app.post(
    '/api/pupils/:id/attendance',
    {
      config: { access: 'attendance.record' },
      schema: {
        tags,
        summary: 'Enter a pupil’s morning and/or afternoon marks for a day (replaces earlier ones)',
        params: idParams,
        body: markEntrySchema,
        response: { 200: ok(markResultSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await recordMarks(deps, authOf(req).actor, req.params.id, req.body),
    }),
  );
  app.get(
    '/api/attendance/watch',
    {
      config: { access: 'attendance.notify' },
      schema: {
        tags,
        summary: 'Runs the local authority must be told of; children on a plan recently absent',
        response: { 200: ok(watchSchema), ...errorResponses },
      },
    },
    async (req) => ({ data: await attendanceWatch(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/attendance/notices/:id/notified',
    {
      config: { access: 'attendance.notify' },
      schema: {
        tags,
        summary: 'Record that the local authority was told of 10 school days of absence (D10)',
        params: idParams,
        body: laNotifiedSchema,
        response: { 200: ok(noticeSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await recordLaNotified(deps, authOf(req).actor, req.params.id, req.body),
    }),
  );
}
