import { AppError } from '../core/shared/app-error.ts';
import type { RosterProblem, RosterRow } from '../core/people/roster.ts';
import type { RosterSource } from '../core/people/use-cases/import-pupils.ts';
import { CtfError, readCtfAll, type CtfSchool, type CtfSource } from './ctf/index.ts';

export interface CtfRoster {
  source: RosterSource;
  from: CtfSchool;
  /** Things dropped or not read, for the person importing to know. */
  warnings: string[];
}

/**
 * A CTF as an import's rows: each pupil the reader could read, each one it could not as a
 * problem on its own row (the rest still import), and a file it cannot trust refused whole.
 */
export async function ctfRoster(file: CtfSource): Promise<CtfRoster> {
  let contents;
  try {
    contents = await readCtfAll(file);
  } catch (err) {
    if (err instanceof CtfError) throw new AppError('VALIDATION', err.message, 'file');
    throw err;
  }
  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  const warnings: string[] = [];
  for (const p of contents.pupils) {
    const line = p.index + 1;
    if (!p.upn || !p.input.upn) {
      problems.push({ line, column: 'UPN', message: 'No UPN: a pupil is matched on it' });
      continue;
    }
    rows.push({ line, input: { ...p.input, upn: p.input.upn } });
    for (const w of p.warnings) warnings.push(`Pupil ${line}: ${w}`);
  }
  for (const e of contents.errors)
    problems.push({
      line: e.index + 1,
      ...(e.field ? { column: e.field } : {}),
      message: `${e.surname ?? 'A pupil'}${e.upn ? ` (${e.upn})` : ''}: ${e.message}`,
    });
  const unknown = Object.entries(contents.summary.unknownElements);
  if (unknown.length)
    warnings.push(
      `Not read: ${unknown
        .slice(0, 10)
        .map(([name, n]) => `${name} (${n})`)
        .join(', ')}${unknown.length > 10 ? ', …' : ''}`,
    );
  return {
    source: { kind: 'ctf', rows, problems: problems.sort((a, b) => a.line - b.line) },
    from: contents.header.sourceSchool,
    warnings,
  };
}
