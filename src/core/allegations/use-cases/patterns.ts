import type { Actor } from '../../access/actor.ts';
import { systemActor } from '../../access/actor.ts';
import type { Repos } from '../../ports.ts';
import { patternAmong, routeCase } from '../case.ts';
import type { AllegationRow } from '../ports.ts';
import type { AllegationDeps } from './deps.ts';
import { candidates } from './routing.ts';
import { alertCase, auditCase } from './shared.ts';
import { settingsOf } from './settings.ts';

const windowStart = (now: Date, months: number) => {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - months);
  return from.toISOString();
};

/**
 * After a low-level decision: are there now enough low-level concerns about the same adult to be
 * a pattern (U02)? If so the person the routing rule names today (the headteacher, or the chair
 * when it is about the head) joins every case in it and is alerted to review them together.
 */
export async function checkPattern(
  deps: AllegationDeps,
  r: Repos,
  c: AllegationRow,
  now: Date,
): Promise<void> {
  const s = await settingsOf(r, c.schoolId);
  const recent = await r.allegations.lowLevelAbout(
    c.schoolId,
    c.subjectKey,
    windowStart(now, s.patternMonths),
  );
  const pattern = patternAmong(recent, now, { count: s.patternCount, months: s.patternMonths });
  if (!pattern) return;
  const at = now.toISOString();
  const subjectRoles = c.subjectStaffId
    ? ((await r.staff.get(c.schoolId, c.subjectStaffId))?.roles ?? [])
    : [];
  const routed = routeCase(c.subjectStaffId, subjectRoles, await candidates(r, c.schoolId, at));
  const reviewer = routed ? await r.staff.get(c.schoolId, routed.managerId) : null;
  if (!reviewer) return;
  for (const p of pattern)
    await r.allegations.addMember({
      caseId: p.id,
      schoolId: p.schoolId,
      staffId: reviewer.id,
      role: 'member',
      reasonCode: 'pattern_review',
      sealedReason: null,
      addedBy: null,
      addedAt: at,
    });
  await alertCase(deps, r, c, [reviewer], 'allegation_pattern', at);
  await auditCase(
    r,
    systemActor(c.schoolId, 'allegation-patterns'),
    c,
    'allegation.pattern_found',
    'Pattern of low-level concerns found',
    { count: pattern.length },
    now,
  );
}

export interface PatternView {
  subjectName: string;
  count: number;
  caseIds: string[];
  references: string[];
  firstAt: string;
  lastAt: string;
  windowMonths: number;
}

/** Patterns among the low-level concerns this person can see, the largest first. */
export async function patternsFor(
  r: Repos,
  actor: Actor,
  cases: AllegationRow[],
  subjectName: (c: AllegationRow) => string,
  now: Date,
): Promise<PatternView[]> {
  const s = await settingsOf(r, actor.schoolId);
  const bySubject = new Map<string, AllegationRow[]>();
  for (const c of cases) {
    if (c.threshold !== 'low_level') continue;
    bySubject.set(c.subjectKey, [...(bySubject.get(c.subjectKey) ?? []), c]);
  }
  const out: PatternView[] = [];
  for (const group of bySubject.values()) {
    const sorted = [...group].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
    const found = patternAmong(sorted, now, { count: s.patternCount, months: s.patternMonths });
    if (!found) continue;
    const last = found[found.length - 1] as AllegationRow;
    out.push({
      subjectName: subjectName(last),
      count: found.length,
      caseIds: found.map((c) => c.id),
      references: found.map((c) => c.reference),
      firstAt: (found[0] as AllegationRow).raisedAt,
      lastAt: last.raisedAt,
      windowMonths: s.patternMonths,
    });
  }
  return out.sort((a, b) => b.count - a.count);
}
