import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { meKey } from '../../api/queries';
import type { Stage } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { pathForStage, type SignInState } from '../../session';

const FIELDS = ['email', 'password'];

function validate(email: string, password: string): FormErrors {
  const errors: FormErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address';
  if (!password) errors.password = 'Enter your password';
  return errors;
}

export function SignInPage() {
  const location = useLocation();
  const notice = (location.state as SignInState | null)?.notice;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  usePageTitle('Sign in', form.hasErrors);

  const signIn = useMutation({
    mutationFn: () =>
      api.post<{ stage: Stage }>('/api/auth/sign-in', { email: email.trim(), password }),
    onSuccess: async ({ data }) => {
      await queryClient.resetQueries({ queryKey: meKey });
      await navigate(pathForStage(data.stage), { replace: true });
    },
    onError: (error) => {
      setPassword('');
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    if (form.show(validate(email, password))) return;
    signIn.mutate();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} />
        {notice && !form.hasErrors ? (
          <NotificationBanner
            heading={
              notice === 'idle'
                ? 'You have been signed out because Haven was not used for a while'
                : 'You have been signed out'
            }
          />
        ) : null}
        <PageHeading>Sign in to Haven</PageHeading>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={form.errors.email}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.errors.password}
          />
          <button type="submit" className="govuk-button">
            Sign in
          </button>
        </form>
        <p className="govuk-body">
          If you have forgotten your password, ask your school administrator for a new invite link.
        </p>
      </div>
    </div>
  );
}
