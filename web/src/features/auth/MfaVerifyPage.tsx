import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { meKey } from '../../api/queries';
import type { Stage } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { StageGate } from '../../components/StageGate';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';

function MfaVerifyForm() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const form = useFormErrors();
  usePageTitle('Enter your security code', form.hasErrors);

  const verify = useMutation({
    mutationFn: () =>
      api.post<{ stage: Stage }>('/api/auth/mfa/verify', { code: code.replace(/\s+/g, '') }),
    onSuccess: async () => {
      await queryClient.resetQueries({ queryKey: meKey });
      await navigate('/', { replace: true });
    },
    onError: (error) => {
      setCode('');
      form.show(errorsFromApi(error, (f) => f === 'code', { fallbackField: 'code' }));
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (verify.isPending) return;
    if (form.show(code.trim() ? {} : { code: 'Enter the code from your authenticator app' }))
      return;
    verify.mutate();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} />
        <PageHeading>Enter your security code</PageHeading>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            id="code"
            label="Security code"
            hint="Open your authenticator app and enter the 6-digit code it shows for Haven. If you cannot use the app, enter one of your recovery codes."
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="none"
            widthClass="govuk-input--width-10"
            value={code}
            onChange={setCode}
            error={form.errors.code}
          />
          <button type="submit" className="govuk-button">
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}

export function MfaVerifyPage() {
  return <StageGate allow={(me) => me.stage === 'mfa'}>{() => <MfaVerifyForm />}</StageGate>;
}
