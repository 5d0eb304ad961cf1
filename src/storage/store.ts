import type { Repos, Store } from '../core/ports.ts';
import type { Connection } from './connect.ts';
import { auditRepo } from './repositories/audit.ts';
import { authRepo } from './repositories/auth.ts';
import { pupilRepo } from './repositories/pupils.ts';
import { rosterRepo } from './repositories/roster.ts';
import { organisationRepo, schoolRepo } from './repositories/schools.ts';
import { sessionRepo } from './repositories/sessions.ts';
import { staffRepo } from './repositories/staff.ts';
import { throttleRepo } from './repositories/throttle.ts';
import { tokenRepo } from './repositories/tokens.ts';
import { groupCommitStore } from './group-commit.ts';
import type { TxContext } from './repositories/tx.ts';
import { notificationRepo, outboxRepo } from './repositories/alerts.ts';
import { attachmentRepo } from './repositories/attachments.ts';
import { contactRepo } from './repositories/contacts.ts';
import { categoryRepo } from './repositories/categories.ts';
import { childKeyRepo } from './repositories/child-keys.ts';
import { concernRepo } from './repositories/concerns.ts';
import { draftRepo } from './repositories/drafts.ts';
import { fileRepo, grantRepo } from './repositories/files.ts';
import { calendarRepo } from './repositories/calendar.ts';
import { agencyRepo } from './repositories/agencies.ts';
import { allegationRepo } from './repositories/allegations.ts';
import { attendanceRepo, planRepo } from './repositories/attendance.ts';
import { cmeRepo } from './repositories/cme.ts';
import { conductRepo } from './repositories/conduct.ts';
import { deadlineRepo } from './repositories/deadlines.ts';
import { disclosureRepo, meetingRepo, referralRepo } from './repositories/referrals.ts';

export const reposFor = (ctx: TxContext): Repos => ({
  organisations: organisationRepo(ctx),
  schools: schoolRepo(ctx),
  staff: staffRepo(ctx),
  pupils: pupilRepo(ctx),
  roster: rosterRepo(ctx),
  auth: authRepo(ctx),
  sessions: sessionRepo(ctx),
  tokens: tokenRepo(ctx),
  throttle: throttleRepo(ctx),
  audit: auditRepo(ctx),
  categories: categoryRepo(ctx),
  childKeys: childKeyRepo(ctx),
  concerns: concernRepo(ctx),
  files: fileRepo(ctx),
  grants: grantRepo(ctx),
  notifications: notificationRepo(ctx),
  outbox: outboxRepo(ctx),
  drafts: draftRepo(ctx),
  attachments: attachmentRepo(ctx),
  contacts: contactRepo(ctx),
  calendar: calendarRepo(ctx),
  deadlines: deadlineRepo(ctx),
  referrals: referralRepo(ctx),
  disclosures: disclosureRepo(ctx),
  meetings: meetingRepo(ctx),
  agencies: agencyRepo(ctx),
  conduct: conductRepo(ctx),
  allegations: allegationRepo(ctx),
  attendance: attendanceRepo(ctx),
  plans: planRepo(ctx),
  cme: cmeRepo(ctx),
});

/** The Kysely implementation of the core's storage port. */
export function kyselyStore(conn: Connection): Store {
  // Outside a transaction each statement takes the connection in turn: on SQLite it waits for a
  // batch in progress to commit or roll back, so it never sees uncommitted work.
  const read = <T>(fn: (repos: Repos) => Promise<T>) =>
    fn(reposFor({ db: conn.db, engine: conn.engine }));
  if (conn.sqlite)
    return {
      ...groupCommitStore(conn.db, conn.sqlite, (db) => reposFor({ db, engine: 'sqlite' })),
      read,
    };
  return {
    transaction: (fn) =>
      conn.db.transaction().execute((trx) => fn(reposFor({ db: trx, engine: conn.engine }))),
    read,
  };
}
