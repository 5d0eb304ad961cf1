import { AppError } from '../core/shared/app-error.ts';
import { newId } from '../core/shared/ids.ts';
import type { ImportSummary } from '../core/people/use-cases/import-pupils.ts';

export interface ImportJob {
  id: string;
  schoolId: string;
  userId: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  summary: ImportSummary | null;
  error: { code: string; message: string } | null;
  startedAt: string;
}

const KEEP_MS = 60 * 60_000;

/**
 * Imports started from the web run after the request answers, so the page can show progress.
 * Progress lives in this process (the import's own transaction is invisible to other
 * connections until it commits); the result is durable in the database and the audit log. Only
 * the person who started a job can read it.
 */
export function importJobs(now: () => Date = () => new Date()) {
  const jobs = new Map<string, ImportJob>();
  const sweep = () => {
    const cutoff = now().getTime() - KEEP_MS;
    for (const [id, j] of jobs) if (new Date(j.startedAt).getTime() < cutoff) jobs.delete(id);
  };
  return {
    start(
      schoolId: string,
      userId: string,
      run: (progress: (done: number, total: number) => void) => Promise<ImportSummary>,
    ): ImportJob {
      sweep();
      const job: ImportJob = {
        id: newId(),
        schoolId,
        userId,
        state: 'running',
        done: 0,
        total: 0,
        summary: null,
        error: null,
        startedAt: now().toISOString(),
      };
      jobs.set(job.id, job);
      void run((done, total) => {
        job.done = done;
        job.total = total;
      }).then(
        (summary) => {
          job.state = 'done';
          job.summary = summary;
        },
        (err: unknown) => {
          job.state = 'failed';
          job.error =
            err instanceof AppError
              ? { code: err.code, message: err.message }
              : { code: 'INTERNAL', message: 'The import failed. Nothing was changed.' };
        },
      );
      return job;
    },
    get(schoolId: string, userId: string, id: string): ImportJob | null {
      const job = jobs.get(id);
      return job && job.schoolId === schoolId && job.userId === userId ? job : null;
    },
  };
}

export type ImportJobs = ReturnType<typeof importJobs>;
