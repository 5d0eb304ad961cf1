import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { meKey } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';
import { PASSWORD_HINT } from '../../lib/passwords';
import {
  EMPTY_SETUP,
  SETUP_FIELDS,
  setupRequest,
  validateSetup,
  type SetupValues,
} from './setupForm';

export function SetupForm({ token }: { token: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<SetupValues>(EMPTY_SETUP);
  const form = useFormErrors();
  usePageTitle('Set up Haven', form.hasErrors);

  const setup = useMutation({
    mutationFn: () => api.post<{ stage: string }>('/api/setup', setupRequest(token, values)),
    onSuccess: async () => {
      await queryClient.resetQueries({ queryKey: meKey });
      await navigate('/mfa/enrol', { replace: true });
    },
    onError: (error) => form.show(errorsFromApi(error, (f) => SETUP_FIELDS.includes(f))),
  });

  function field(name: keyof SetupValues) {
    return {
      id: name,
      value: values[name],
      onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
      error: form.errors[name],
    };
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (setup.isPending) return;
    if (form.show(validateSetup(values))) return;
    setup.mutate();
  }

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} />
      <PageHeading>Set up Haven</PageHeading>
      <p className="govuk-body">
        Enter your school&apos;s details and create the first account. You will be the designated
        safeguarding lead (DSL) and a school administrator, and can add other staff afterwards.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <h2 className="govuk-heading-m">Your school</h2>
        <TextInput {...field('schoolName')} label="School name" autoComplete="organization" />
        <TextInput
          {...field('schoolUrn')}
          label="School URN (optional)"
          hint="The 6-digit unique reference number from Get Information about Schools"
          inputMode="numeric"
          widthClass="govuk-input--width-10"
        />
        <TextInput {...field('localAuthority')} label="Local authority (optional)" />
        <h2 className="govuk-heading-m">Your account</h2>
        <TextInput
          {...field('fullName')}
          label="Your full name"
          autoComplete="name"
          spellCheck={false}
        />
        <TextInput
          {...field('email')}
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <TextInput
          {...field('password')}
          label="Create a password"
          hint={PASSWORD_HINT}
          type="password"
          autoComplete="new-password"
        />
        <TextInput
          {...field('confirmPassword')}
          label="Confirm password"
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="govuk-button">
          Create school and account
        </button>
      </form>
    </>
  );
}
