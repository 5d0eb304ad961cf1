import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { meKey } from '../../api/queries';
import type { School } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';

const FIELDS = ['name', 'urn', 'localAuthority'];

interface Props {
  school: School;
  onSaved: () => void;
  children: ReactNode;
}

export function SchoolForm({ school, onSaved, children }: Props) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(school.name);
  const [urn, setUrn] = useState(school.urn ?? '');
  const [localAuthority, setLocalAuthority] = useState(school.localAuthority ?? '');
  const form = useFormErrors();
  usePageTitle('School settings', form.hasErrors);

  const save = useMutation({
    mutationFn: () =>
      api.patch<School>('/api/school', {
        name: name.trim(),
        urn: urn.trim() || null,
        localAuthority: localAuthority.trim() || null,
      }),
    onSuccess: async () => {
      form.show({});
      onSaved();
      await queryClient.invalidateQueries({ queryKey: ['school'] });
      await queryClient.invalidateQueries({ queryKey: meKey });
    },
    onError: (error) => form.show(errorsFromApi(error, (f) => FIELDS.includes(f))),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: FormErrors = {};
    if (!name.trim()) errors.name = 'Enter the name of the school';
    if (urn.trim() && !/^\d{6}$/.test(urn.trim())) errors.urn = 'School URN must be 6 digits';
    if (form.show(errors)) return;
    save.mutate();
  }

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} />
      {children}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="name"
          label="School name"
          value={name}
          onChange={setName}
          error={form.errors.name}
        />
        <TextInput
          id="urn"
          label="School URN (optional)"
          hint="6 digits"
          inputMode="numeric"
          widthClass="govuk-input--width-10"
          value={urn}
          onChange={setUrn}
          error={form.errors.urn}
        />
        <TextInput
          id="localAuthority"
          label="Local authority (optional)"
          value={localAuthority}
          onChange={setLocalAuthority}
          error={form.errors.localAuthority}
        />
        <button type="submit" className="govuk-button">
          Save changes
        </button>
      </form>
    </>
  );
}
