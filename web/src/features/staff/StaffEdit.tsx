import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Staff } from '../../api/types';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';
import { staffKeys } from './queries';
import { StaffForm } from './StaffForm';
import { isStaffField, staffField, staffInput, staffValues, type StaffValues } from './staffForm';

interface Props {
  staff: Staff;
  onSaved: () => void;
}

export function StaffEdit({ staff, onSaved }: Props) {
  const queryClient = useQueryClient();
  const form = useFormErrors();
  usePageTitle('Member of staff', form.hasErrors);

  const save = useMutation({
    mutationFn: (values: StaffValues) =>
      api.patch<Staff>(`/api/staff/${encodeURIComponent(staff.id)}`, staffInput(values)),
    onSuccess: async () => {
      form.show({});
      onSaved();
      await queryClient.invalidateQueries({ queryKey: staffKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['school'] });
    },
    onError: (error) => form.show(errorsFromApi(error, isStaffField, { mapField: staffField })),
  });

  return (
    <section aria-labelledby="edit-details">
      <StaffForm
        key={staff.id}
        initial={staffValues(staff)}
        submitLabel="Save changes"
        errors={form.errors}
        focusKey={form.focusKey}
        onInvalid={form.show}
        onSubmit={(values) => {
          if (!save.isPending) save.mutate(values);
        }}
      >
        <h2 className="govuk-heading-m" id="edit-details">
          Change details and roles
        </h2>
      </StaffForm>
    </section>
  );
}
