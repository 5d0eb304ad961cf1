import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Staff } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';
import { InviteLink } from './InviteLink';
import { staffKeys } from './queries';
import { StaffForm } from './StaffForm';
import { EMPTY_STAFF, isStaffField, staffField, staffInput, type StaffValues } from './staffForm';

interface Created {
  staff: Staff;
  inviteLink: string;
}

export function StaffNewPage() {
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [created, setCreated] = useState<Created | undefined>();
  const [formKey, setFormKey] = useState(0);
  usePageTitle(created ? 'Invite link' : 'Add a member of staff', form.hasErrors);

  const create = useMutation({
    mutationFn: (values: StaffValues) => api.post<Created>('/api/staff', staffInput(values)),
    onSuccess: async ({ data }) => {
      setCreated(data);
      await queryClient.invalidateQueries({ queryKey: staffKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['school'] });
    },
    onError: (error) => form.show(errorsFromApi(error, isStaffField, { mapField: staffField })),
  });

  if (created) {
    return (
      <>
        <InviteLink
          title={`${created.staff.fullName} has been added`}
          name={created.staff.fullName}
          link={created.inviteLink}
        />
        <ul className="govuk-list">
          <li>
            <Link
              to="/staff/new"
              className="govuk-link"
              onClick={() => {
                setCreated(undefined);
                setFormKey((k) => k + 1);
              }}
            >
              Add another member of staff
            </Link>
          </li>
          <li>
            <Link to="/staff" className="govuk-link">
              Back to staff
            </Link>
          </li>
        </ul>
      </>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/staff">Back to staff</BackLink>
        <StaffForm
          key={formKey}
          initial={EMPTY_STAFF}
          submitLabel="Add and create invite link"
          errors={form.errors}
          focusKey={form.focusKey}
          onInvalid={form.show}
          onSubmit={(values) => {
            if (!create.isPending) create.mutate(values);
          }}
        >
          <PageHeading>Add a member of staff</PageHeading>
          <p className="govuk-body">
            They will get an invite link to set their password. Staff who can see pupils&apos;
            records must also set up an authenticator app.
          </p>
        </StaffForm>
      </div>
    </div>
  );
}
