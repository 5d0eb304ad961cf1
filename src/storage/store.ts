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
import { needLevelRepo } from './repositories/need-levels.ts';
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

const FACTORIES: { [K in keyof Repos]: (ctx: TxContext) => Repos[K] } = {
  organisations: organisationRepo,
  schools: schoolRepo,
  staff: staffRepo,
  pupils: pupilRepo,
  roster: rosterRepo,
  auth: authRepo,
  sessions: sessionRepo,
  tokens: tokenRepo,
  throttle: throttleRepo,
  audit: auditRepo,
  categories: categoryRepo,
  needLevels: needLevelRepo,
  childKeys: childKeyRepo,
  concerns: concernRepo,
  files: fileRepo,
  grants: grantRepo,
  notifications: notificationRepo,
  outbox: outboxRepo,
  drafts: draftRepo,
  attachments: attachmentRepo,
  contacts: contactRepo,
  calendar: calendarRepo,
  deadlines: deadlineRepo,
  referrals: referralRepo,
  disclosures: disclosureRepo,
  meetings: meetingRepo,
  agencies: agencyRepo,
  conduct: conductRepo,
  allegations: allegationRepo,
  attendance: attendanceRepo,
  plans: planRepo,
  cme: cmeRepo,
};

/**
 * Each repository is made the first time a unit of work asks for it: a unit uses a few of the
 * thirty, and every request opens at least one.
 */
class LazyRepos {
  constructor(readonly ctx: TxContext) {}
}
for (const [name, make] of Object.entries(FACTORIES)) {
  Object.defineProperty(LazyRepos.prototype, name, {
    get(this: LazyRepos) {
      const repo = (make as (ctx: TxContext) => unknown)(this.ctx);
      Object.defineProperty(this, name, { value: repo });
      return repo;
    },
  });
}

export const reposFor = (ctx: TxContext): Repos => new LazyRepos(ctx) as unknown as Repos;

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
