import { z } from 'zod';
import type { ImportSummary } from '../core/people/use-cases/import-pupils.ts';

/** Rows listed in an answer; the counts are always whole. */
export const LISTED = 200;

const problem = z.object({ line: z.number(), column: z.string().optional(), message: z.string() });

export const importSummarySchema = z.object({
  counts: z.object({
    create: z.number(),
    update: z.number(),
    unchanged: z.number(),
    flag: z.number(),
  }),
  /** The first problems, by row; `problemCount` says how many there are in all. */
  problems: z.array(problem),
  problemCount: z.number(),
  flagged: z.array(
    z.object({
      line: z.number(),
      pupilId: z.string(),
      pupilName: z.string(),
      change: z.enum(['date_of_birth', 'upn']),
    }),
  ),
  applied: z.boolean(),
});

/** The summary as sent: a 75,000-row file with a bad column must not answer with 75,000 rows. */
export const presentSummary = (s: ImportSummary) => ({
  counts: s.counts,
  problems: s.problems.slice(0, LISTED),
  problemCount: s.problems.length,
  flagged: s.flagged.slice(0, LISTED),
  applied: s.applied,
});

export const jobSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  summary: importSummarySchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  startedAt: z.string(),
});

export const csvBody = z.object({
  csv: z
    .string()
    .min(1, 'Choose a file')
    .max(20 * 1024 * 1024, 'The file is too large: 20 MB at most'),
  dryRun: z.boolean().default(true),
});
