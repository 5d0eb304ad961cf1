import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Pupil } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';
import { PupilForm } from './PupilForm';
import { emptyPupil, isPupilField, pupilInput, type PupilValues } from './pupilForm';
import { pupilKeys } from './queries';

export function PupilNewPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [initial] = useState(emptyPupil);
  usePageTitle('Add a pupil', form.hasErrors);

  const create = useMutation({
    mutationFn: (values: PupilValues) => api.post<Pupil>('/api/pupils', pupilInput(values)),
    onSuccess: async ({ data }) => {
      await queryClient.invalidateQueries({ queryKey: pupilKeys.all });
      await navigate(`/pupils/${encodeURIComponent(data.id)}`, { state: { notice: 'created' } });
    },
    onError: (error) => form.show(errorsFromApi(error, isPupilField)),
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/pupils">Back to pupils</BackLink>
        <PupilForm
          initial={initial}
          submitLabel="Add pupil"
          errors={form.errors}
          focusKey={form.focusKey}
          onInvalid={form.show}
          onSubmit={(values) => {
            if (!create.isPending) create.mutate(values);
          }}
        >
          <PageHeading>Add a pupil</PageHeading>
        </PupilForm>
      </div>
    </div>
  );
}
