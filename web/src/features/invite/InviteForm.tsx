import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { FORM_ERROR, errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { PASSWORD_HINT, checkNewPassword } from '../../lib/passwords';

interface Props {
  token: string;
  onAccepted: (email: string) => void;
}

const EXPIRED =
  'This invite link has expired or has already been used. Ask your school administrator for a new link.';

export function InviteForm({ token, onAccepted }: Props) {
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const form = useFormErrors();
  usePageTitle('Create your password', form.hasErrors);

  const accept = useMutation({
    mutationFn: () => api.post<{ email: string }>('/api/invites/accept', { token, password }),
    onSuccess: ({ data }) => onAccepted(data.email),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'INVALID_TOKEN') {
        form.show({ [FORM_ERROR]: EXPIRED });
        return;
      }
      form.show(errorsFromApi(error, (f) => f === 'password'));
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (accept.isPending) return;
    const errors: FormErrors = {};
    checkNewPassword(password, confirmPassword, errors);
    if (form.show(errors)) return;
    accept.mutate();
  }

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} />
      <PageHeading>Create your password</PageHeading>
      <p className="govuk-body">
        You have been invited to use Haven, your school&apos;s safeguarding records.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="password"
          label="Create a password"
          hint={PASSWORD_HINT}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={form.errors.password}
        />
        <TextInput
          id="confirmPassword"
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          value={confirmPassword}
          onChange={setConfirmPassword}
          error={form.errors.confirmPassword}
        />
        <button type="submit" className="govuk-button">
          Set password
        </button>
      </form>
    </>
  );
}
