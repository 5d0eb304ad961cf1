import type { Repos } from '../../ports.ts';
import type { DeadlineRow } from '../../deadlines/ports.ts';
import type { Rung } from '../../deadlines/rules.ts';
import { routeCase } from '../case.ts';
import { candidates } from './routing.ts';

type People = { id: string; email: string }[];

/**
 * Who a LADO clock alerts (D41, D42): the case manager, or whoever the routing rule names now if
 * they have left; up the chain, the chair. Never the adult the case is about, and never the DSL
 * team as other clocks fall back to. Anyone alerted joins the case, on the record, so they can act.
 */
export async function caseClockRecipients(
  r: Repos,
  d: DeadlineRow,
  rung: Rung,
  now: string,
): Promise<People> {
  const c = await r.allegations.get(d.schoolId, d.subjectId);
  if (!c) return [];
  let people: People;
  if (rung === 'owner') {
    const manager = await r.staff.get(d.schoolId, c.managerId);
    if (manager && !manager.disabled) people = [manager];
    else {
      const subjectRoles = c.subjectStaffId
        ? ((await r.staff.get(d.schoolId, c.subjectStaffId))?.roles ?? [])
        : [];
      const routed = routeCase(
        c.subjectStaffId,
        subjectRoles,
        await candidates(r, d.schoolId, now),
      );
      const person = routed ? await r.staff.get(d.schoolId, routed.managerId) : null;
      people = person ? [person] : [];
    }
  } else {
    people = await r.staff.alertable(d.schoolId, rung, now);
  }
  people = people.filter((p) => p.id !== c.subjectStaffId);
  for (const p of people)
    await r.allegations.addMember({
      caseId: c.id,
      schoolId: c.schoolId,
      staffId: p.id,
      role: 'member',
      reasonCode: 'lado_escalation',
      sealedReason: null,
      addedBy: null,
      addedAt: now,
    });
  return people;
}
