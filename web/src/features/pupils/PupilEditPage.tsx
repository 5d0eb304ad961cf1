import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Pupil } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';
import { PupilForm } from './PupilForm';
import { isPupilField, pupilInput, pupilValues, type PupilValues } from './pupilForm';
import { pupilKeys, usePupil } from './queries';

export function PupilEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pupil = usePupil(id);
  const form = useFormErrors();
  usePageTitle('Change pupil details', form.hasErrors);

  const save = useMutation({
    mutationFn: (values: PupilValues) =>
      api.patch<Pupil>(`/api/pupils/${encodeURIComponent(id)}`, pupilInput(values)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pupilKeys.all });
      await navigate(`/pupils/${encodeURIComponent(id)}`, { state: { notice: 'updated' } });
    },
    onError: (error) => form.show(errorsFromApi(error, isPupilField)),
  });

  if (pupil.isError) return <ProblemPage error={pupil.error} />;
  if (!pupil.data) return <Loading what="pupil" />;
  const data = pupil.data.data;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/pupils/${encodeURIComponent(id)}`}>Back to pupil</BackLink>
        <PupilForm
          key={data.id}
          initial={pupilValues(data)}
          submitLabel="Save changes"
          errors={form.errors}
          focusKey={form.focusKey}
          onInvalid={form.show}
          onSubmit={(values) => {
            if (!save.isPending) save.mutate(values);
          }}
        >
          <PageHeading caption={data.displayName}>Change pupil details</PageHeading>
        </PupilForm>
      </div>
    </div>
  );
}
