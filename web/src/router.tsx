import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './components/AppShell';
import { RequireAction } from './components/RequireAction';
import { RequireSignedIn } from './components/RequireSignedIn';
import type { Action } from './lib/actions';
import { AgenciesPage } from './features/agencies/AgenciesPage';
import { AllegationCasePage } from './features/allegations/AllegationCasePage';
import { AllegationsPage } from './features/allegations/AllegationsPage';
import { AllegationSettingsPage } from './features/allegations/AllegationSettingsPage';
import { RaiseAllegationPage } from './features/allegations/RaiseAllegationPage';
import { AttendancePage } from './features/attendance/AttendancePage';
import { CmeEntryPage } from './features/attendance/CmeEntryPage';
import { CmePage } from './features/attendance/CmePage';
import { CodesPage } from './features/attendance/CodesPage';
import { ImportPage } from './features/attendance/ImportPage';
import { PupilAttendancePage } from './features/attendance/PupilAttendancePage';
import { AuditPage } from './features/audit/AuditPage';
import { MfaEnrolPage } from './features/auth/MfaEnrolPage';
import { MfaVerifyPage } from './features/auth/MfaVerifyPage';
import { SignInPage } from './features/auth/SignInPage';
import { NotFoundPage } from './features/errors/NotFoundPage';
import { RouteError } from './features/errors/RouteError';
import { CalendarPage } from './features/calendar/CalendarPage';
import { CategoriesPage } from './features/categories/CategoriesPage';
import { NeedLevelsPage } from './features/categories/NeedLevelsPage';
import { ContactsPage } from './features/contacts/ContactsPage';
import { EditContactsPage } from './features/contacts/EditContactsPage';
import { ConcernSentPage } from './features/concerns/ConcernSentPage';
import { ConductAdminPage } from './features/conduct/ConductAdminPage';
import { ConductPage } from './features/conduct/ConductPage';
import { DeadlinesPage } from './features/deadlines/DeadlinesPage';
import { DraftsPage } from './features/concerns/DraftsPage';
import { MyConcernsPage } from './features/concerns/MyConcernsPage';
import { RecordConcernPage } from './features/concerns/RecordConcernPage';
import { FilePage } from './features/files/FilePage';
import { SharedFilesPage } from './features/files/SharedFilesPage';
import { HomePage } from './features/home/HomePage';
import { ChangesPage } from './features/imports/ChangesPage';
import { ContactGapsPage } from './features/imports/ContactGapsPage';
import { ImportPupilsPage } from './features/imports/ImportPupilsPage';
import { TransferPage } from './features/imports/TransferPage';
import { InboxPage } from './features/inbox/InboxPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { OutboxPage } from './features/outbox/OutboxPage';
import { ConcernDetailPage } from './features/triage/ConcernDetailPage';
import { InvitePage } from './features/invite/InvitePage';
import { PupilEditPage } from './features/pupils/PupilEditPage';
import { PupilListPage } from './features/pupils/PupilListPage';
import { PupilNewPage } from './features/pupils/PupilNewPage';
import { PupilViewPage } from './features/pupils/PupilViewPage';
import { FgmReportPage } from './features/referrals/FgmReportPage';
import { SelfReferralPage } from './features/referrals/SelfReferralPage';
import { SchoolPage } from './features/school/SchoolPage';
import { SetupPage } from './features/setup/SetupPage';
import { StaffDetailPage } from './features/staff/StaffDetailPage';
import { StaffListPage } from './features/staff/StaffListPage';
import { StaffNewPage } from './features/staff/StaffNewPage';

function guarded(path: string, action: Action, page: ReactElement): RouteObject {
  return { path, element: <RequireAction action={action}>{page}</RequireAction> };
}

const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: 'setup', element: <SetupPage /> },
          { path: 'invite', element: <InvitePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'mfa', element: <MfaVerifyPage /> },
          { path: 'mfa/enrol', element: <MfaEnrolPage /> },
          {
            element: <RequireSignedIn />,
            children: [
              { index: true, element: <HomePage /> },
              guarded('staff', 'staff.list', <StaffListPage />),
              guarded('staff/new', 'staff.create', <StaffNewPage />),
              guarded('staff/:id', 'staff.read', <StaffDetailPage />),
              guarded('pupils', 'pupil.list', <PupilListPage />),
              guarded('pupils/new', 'pupil.create', <PupilNewPage />),
              // The pupil list from the MIS (D03), the changes it held back, and D11's gaps.
              guarded('pupils/import', 'pupil.import', <ImportPupilsPage />),
              guarded('pupils/changes', 'pupil.import', <ChangesPage />),
              // Leavers' pupil data for their next school as a CTF (never the CP file).
              guarded('pupils/transfer', 'pupil.import', <TransferPage />),
              guarded('pupils/contact-gaps', 'pupil.list', <ContactGapsPage />),
              guarded('pupils/:id', 'pupil.read', <PupilViewPage />),
              guarded('pupils/:id/edit', 'pupil.update', <PupilEditPage />),
              // Attendance (D10): staff read it, the office keeps it, the DSL team reports runs.
              guarded('pupils/:id/attendance', 'attendance.read', <PupilAttendancePage />),
              guarded('attendance', 'attendance.read', <AttendancePage />),
              guarded('attendance/import', 'attendance.import', <ImportPage />),
              guarded('attendance/codes', 'attendance.read', <CodesPage />),
              guarded('cme', 'cme.manage', <CmePage />),
              guarded('cme/:id', 'cme.manage', <CmeEntryPage />),
              guarded('audit', 'audit.read', <AuditPage />),
              guarded('school', 'school.update', <SchoolPage />),
              guarded('school/categories', 'category.manage', <CategoriesPage />),
              guarded('school/levels-of-need', 'category.manage', <NeedLevelsPage />),
              guarded('school/calendar', 'calendar.manage', <CalendarPage />),
              guarded('school/agencies', 'agency.manage', <AgenciesPage />),
              // The code of conduct: everyone acknowledges it, leaders see who has (D48).
              guarded('conduct', 'conduct.read', <ConductPage />),
              guarded('school/conduct', 'conduct.report', <ConductAdminPage />),
              // Who to tell and who to ring: for everyone signed in (D04, D46).
              guarded('contacts', 'school.read', <ContactsPage />),
              guarded('contacts/edit', 'school.update', <EditContactsPage />),
              guarded('outbox', 'school.update', <OutboxPage />),
              guarded('concerns/new', 'concern.create', <RecordConcernPage />),
              guarded('concerns/drafts', 'concern.create', <DraftsPage />),
              guarded('concerns/mine', 'concern.readOwn', <MyConcernsPage />),
              guarded('concerns/:id/sent', 'concern.create', <ConcernSentPage />),
              // The DSL team's, and whoever an alert about it reached: the server decides.
              guarded('concerns/:id', 'concern.readOwn', <ConcernDetailPage />),
              guarded('inbox', 'concern.triage', <InboxPage />),
              // Statutory clocks: everyone sees their own, the DSL team the school's.
              guarded('deadlines', 'deadline.readOwn', <DeadlinesPage />),
              // Staff's own referral when the DSL was unavailable (D20), and FGM reports (D13).
              guarded('referrals/self', 'referral.recordOwn', <SelfReferralPage />),
              guarded('referrals/fgm', 'referral.recordOwn', <FgmReportPage />),
              // Access to a file is per child (DSL team, or a grant): the server decides.
              // Anyone's own grants, so anyone signed in; an empty list for most.
              { path: 'files/shared', element: <SharedFilesPage /> },
              { path: 'files/:pupilId', element: <FilePage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              // Concerns about adults (D41-D43): anyone raises one; a case is sealed to its case
              // manager and the people they add, and the server answers "not found" to anyone else.
              guarded('allegations/new', 'allegation.raise', <RaiseAllegationPage />),
              guarded('allegations/settings', 'allegation.configure', <AllegationSettingsPage />),
              { path: 'allegations', element: <AllegationsPage /> },
              { path: 'allegations/:id', element: <AllegationCasePage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
