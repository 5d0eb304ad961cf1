import type { Repos } from '../../ports.ts';
import {
  investigationUnlocked,
  OUTCOME_LABELS,
  stageOf,
  type CaseEntryKind,
  type CaseOutcome,
  type CaseStage,
  type Relationship,
  type Route,
  type Threshold,
} from '../case.ts';
import type { AllegationRow, CaseEntryRow, MemberRow, RaisedContent } from '../ports.ts';
import type { AllegationDeps } from './deps.ts';
import { ladoPhoneOf } from './routing.ts';
import type { EntryContent } from './shared.ts';

type Person = { id: string; fullName: string };

export interface CaseEntryView {
  id: string;
  kind: CaseEntryKind;
  at: string;
  author: Person;
  summary: string;
  text: string | null;
}

export interface CaseView {
  id: string;
  reference: string;
  raisedAt: string;
  raisedBy: Person;
  route: Route;
  subject: { staffId: string | null; name: string; relationship: Relationship; details: string };
  whatHappened: string;
  incidentAt: string | null;
  location: string;
  childrenInvolved: string;
  actionTaken: string;
  caseManager: Person;
  members: {
    id: string;
    fullName: string;
    role: 'manager' | 'member';
    addedAt: string;
    addedBy: Person | null;
    reason: string;
  }[];
  stage: CaseStage;
  threshold: { decision: Threshold; rationale: string; at: string; by: Person } | null;
  lado: {
    contactedAt: string;
    ladoName: string;
    advice: string;
    ladoReference: string;
    recordedAt: string;
    recordedBy: Person;
  } | null;
  investigationUnlocked: boolean;
  outcome: {
    outcome: CaseOutcome;
    label: string;
    rationale: string;
    at: string;
    by: Person;
  } | null;
  retention: {
    rule: 'keep' | 'remove_from_personnel_file';
    label: string;
    retainUntil: string;
    personnelFile: 'keep' | 'remove';
    reference: string;
  } | null;
  deadline: {
    id: string;
    dueAt: string;
    basis: string;
    state: 'open' | 'missed' | 'met' | 'waived';
    overdue: boolean;
  } | null;
  ladoPhone: string | null;
  chronology: CaseEntryView[];
}

const REASONS: Record<MemberRow['reasonCode'], string> = {
  routing: 'Case manager, by the routing rule',
  lado_escalation: 'Alerted by Haven when the LADO deadline was missed',
  pattern_review: 'Reviewing a pattern of low-level concerns',
  added: '',
};

/** The raised narrative, opened with the case's key. */
export const raisedOf = (deps: AllegationDeps, c: AllegationRow): RaisedContent =>
  JSON.parse(deps.cases.open(c.wrappedKey, c.id, c.sealed)) as RaisedContent;

type Opened = { row: CaseEntryRow; content: EntryContent };

const latest = (entries: Opened[], kind: CaseEntryKind) => entries.find((e) => e.row.kind === kind);

/** The retention line a kept or removed case carries, from the row and its recorded rule. */
function retentionOf(c: AllegationRow, label: string | null): CaseView['retention'] {
  if (!c.retentionRule || !c.retainUntil || !c.personnelFile) return null;
  return {
    rule: c.retentionRule as 'keep' | 'remove_from_personnel_file',
    label: label ?? '',
    retainUntil: c.retainUntil,
    personnelFile: c.personnelFile,
    reference: c.reference,
  };
}

/** Everything a case member reads about a case, decrypted. */
export async function caseView(
  deps: AllegationDeps,
  r: Repos,
  c: AllegationRow,
  now: Date,
): Promise<CaseView> {
  const raised = raisedOf(deps, c);
  const members = await r.allegations.members(c.schoolId, c.id);
  const rows = await r.allegations.entries(c.schoolId, c.id);
  const entries: Opened[] = rows.map((row) => ({
    row,
    content: JSON.parse(deps.cases.open(c.wrappedKey, c.id, row.sealed)) as EntryContent,
  }));
  const ids = [
    c.raisedBy,
    c.managerId,
    ...members.flatMap((m) => [m.staffId, ...(m.addedBy ? [m.addedBy] : [])]),
    ...rows.map((e) => e.authorId),
  ];
  const names = await r.staff.namesOf(c.schoolId, [...new Set(ids)]);
  const person = (id: string): Person => ({ id, fullName: names.get(id) ?? 'Unknown' });
  const threshold = latest(entries, 'threshold');
  const lado = latest(entries, 'lado_contact');
  const outcome = latest(entries, 'outcome');
  const clock = (await r.deadlines.ofSubject(c.schoolId, c.id)).find(
    (d) => d.rule === 'lado_inform',
  );
  const ladoPhone = await ladoPhoneOf(r, c.schoolId);
  const f = (e: Opened | undefined, k: string) => e?.content.facts?.[k] ?? '';
  return {
    id: c.id,
    reference: c.reference,
    raisedAt: c.raisedAt,
    raisedBy: person(c.raisedBy),
    route: c.route,
    subject: {
      staffId: c.subjectStaffId,
      name: raised.subjectName,
      relationship: c.relationship,
      details: raised.subjectDetails,
    },
    whatHappened: raised.whatHappened,
    incidentAt: raised.incidentAt,
    location: raised.location,
    childrenInvolved: raised.childrenInvolved,
    actionTaken: raised.actionTaken,
    caseManager: person(c.managerId),
    members: members.map((m) => ({
      id: m.staffId,
      fullName: names.get(m.staffId) ?? 'Unknown',
      role: m.role,
      addedAt: m.addedAt,
      addedBy: m.addedBy ? person(m.addedBy) : null,
      reason:
        m.reasonCode === 'added' && m.sealedReason
          ? deps.cases.open(c.wrappedKey, c.id, m.sealedReason)
          : REASONS[m.reasonCode],
    })),
    stage: stageOf(c),
    threshold:
      threshold && c.threshold
        ? {
            decision: c.threshold,
            rationale: threshold.content.text ?? '',
            at: threshold.row.at,
            by: person(threshold.row.authorId),
          }
        : null,
    lado:
      lado && c.ladoContactedAt
        ? {
            contactedAt: c.ladoContactedAt,
            ladoName: f(lado, 'ladoName'),
            advice: lado.content.text ?? '',
            ladoReference: f(lado, 'ladoReference'),
            recordedAt: lado.row.at,
            recordedBy: person(lado.row.authorId),
          }
        : null,
    investigationUnlocked: investigationUnlocked(c),
    outcome:
      outcome && c.outcome
        ? {
            outcome: c.outcome,
            label: OUTCOME_LABELS[c.outcome],
            rationale: outcome.content.text ?? '',
            at: outcome.row.at,
            by: person(outcome.row.authorId),
          }
        : null,
    retention: retentionOf(c, outcome?.content.facts?.retention ?? null),
    deadline: clock
      ? {
          id: clock.id,
          dueAt: clock.dueAt,
          basis: clock.basis,
          state: clock.state,
          overdue:
            (clock.state === 'open' || clock.state === 'missed') &&
            clock.dueAt <= now.toISOString(),
        }
      : null,
    ladoPhone,
    chronology: entries.map(({ row, content }) => ({
      id: row.id,
      kind: row.kind,
      at: row.at,
      author: person(row.authorId),
      summary: content.summary,
      text: content.text,
    })),
  };
}

export interface CaseSummary {
  id: string;
  reference: string;
  raisedAt: string;
  subjectName: string;
  subjectRelationship: Relationship;
  stage: CaseStage;
  threshold: Threshold | null;
  outcome: CaseOutcome | null;
  myRole: 'manager' | 'member';
  caseManager: Person;
  ladoDueAt: string | null;
  ladoOverdue: boolean;
}

/** A row of the case list: enough to choose, the subject's name opened with the case's key. */
export async function caseSummaries(
  deps: AllegationDeps,
  r: Repos,
  viewerId: string,
  cases: AllegationRow[],
  now: Date,
): Promise<CaseSummary[]> {
  const first = cases[0];
  if (!first) return [];
  const names = await r.staff.namesOf(first.schoolId, [...new Set(cases.map((c) => c.managerId))]);
  const out: CaseSummary[] = [];
  for (const c of cases) {
    const clock = (await r.deadlines.watchedFor(c.schoolId, c.id, ['lado_inform']))[0];
    out.push({
      id: c.id,
      reference: c.reference,
      raisedAt: c.raisedAt,
      subjectName: raisedOf(deps, c).subjectName,
      subjectRelationship: c.relationship,
      stage: stageOf(c),
      threshold: c.threshold,
      outcome: c.outcome,
      myRole: c.managerId === viewerId ? 'manager' : 'member',
      caseManager: { id: c.managerId, fullName: names.get(c.managerId) ?? 'Unknown' },
      ladoDueAt: clock?.dueAt ?? null,
      ladoOverdue: !!clock && clock.dueAt <= now.toISOString(),
    });
  }
  return out;
}
