import type { AuditRepo } from './audit/port.ts';
import type {
  OrganisationRepo,
  PupilRepo,
  RosterRepo,
  SchoolRepo,
  StaffRepo,
} from './people/ports.ts';
import type { AuthRepo, SessionRepo, ThrottleRepo, TokenRepo } from './auth/ports.ts';
import type {
  AttachmentRepo,
  CategoryRepo,
  ChildKeyRepo,
  ConcernRepo,
  ContactRepo,
  DraftRepo,
  FileRepo,
  GrantRepo,
  NeedLevelRepo,
  NotificationRepo,
  OutboxRepo,
} from './concerns/ports.ts';
import type { CalendarRepo } from './calendar/ports.ts';
import type { AllegationRepo } from './allegations/ports.ts';
import type { AttendanceRepo, CmeRepo, PlanRepo } from './attendance/ports.ts';
import type { ConductRepo } from './conduct/ports.ts';
import type { DeadlineRepo } from './deadlines/ports.ts';
import type { AgencyRepo, DisclosureRepo, MeetingRepo, ReferralRepo } from './referrals/ports.ts';

/** Every repository, bound to one transaction. */
export interface Repos {
  organisations: OrganisationRepo;
  schools: SchoolRepo;
  staff: StaffRepo;
  pupils: PupilRepo;
  roster: RosterRepo;
  auth: AuthRepo;
  sessions: SessionRepo;
  tokens: TokenRepo;
  throttle: ThrottleRepo;
  audit: AuditRepo;
  categories: CategoryRepo;
  needLevels: NeedLevelRepo;
  childKeys: ChildKeyRepo;
  concerns: ConcernRepo;
  files: FileRepo;
  grants: GrantRepo;
  notifications: NotificationRepo;
  outbox: OutboxRepo;
  drafts: DraftRepo;
  attachments: AttachmentRepo;
  contacts: ContactRepo;
  calendar: CalendarRepo;
  deadlines: DeadlineRepo;
  referrals: ReferralRepo;
  disclosures: DisclosureRepo;
  meetings: MeetingRepo;
  agencies: AgencyRepo;
  conduct: ConductRepo;
  allegations: AllegationRepo;
  attendance: AttendanceRepo;
  plans: PlanRepo;
  cme: CmeRepo;
}

/** The storage port: all writes of one use case, and their audit events, commit together. */
export interface Store {
  transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
  /**
   * Reads outside a transaction: each statement sees what is committed, nothing is written. For
   * checks on every request (is this session live?) that should not queue behind a commit.
   */
  read<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
}
