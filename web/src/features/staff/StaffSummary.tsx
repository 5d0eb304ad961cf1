import type { Staff } from '../../api/types';
import { NotGiven, SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../lib/dates';
import { MfaTag, RoleTags } from './StaffTable';

export function StaffSummary({ staff }: { staff: Staff }) {
  return (
    <SummaryList
      rows={[
        { key: 'name', label: 'Full name', value: staff.fullName },
        {
          key: 'email',
          label: 'Email address',
          value: <span className="haven-break">{staff.email}</span>,
        },
        { key: 'job', label: 'Job title', value: staff.jobTitle ?? <NotGiven /> },
        { key: 'roles', label: 'Roles', value: <RoleTags roles={staff.roles} /> },
        { key: 'mfa', label: 'Authenticator app', value: <MfaTag enrolled={staff.mfaEnrolled} /> },
        {
          key: 'status',
          label: 'Account',
          value: staff.disabled ? (
            <Tag colour="red">Disabled</Tag>
          ) : (
            <Tag colour="green">Active</Tag>
          ),
        },
        {
          key: 'last',
          label: 'Last signed in',
          value: staff.lastSignInAt ? formatDateTime(staff.lastSignInAt) : 'Never',
        },
        { key: 'created', label: 'Added', value: formatDateTime(staff.createdAt) },
      ]}
    />
  );
}
