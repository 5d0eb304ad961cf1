import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { base64Utf8 } from '../../lib/base64';
import { errorsFromApi } from '../../lib/formErrors';
import type { Enrolment } from './useEnrolmentStart';

interface Props {
  enrolment: Enrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
}

export function EnrolForm({ enrolment, onConfirmed }: Props) {
  const [code, setCode] = useState('');
  const form = useFormErrors();
  usePageTitle('Set up your authenticator app', form.hasErrors);

  const confirm = useMutation({
    mutationFn: () =>
      api.post<{ stage: string; recoveryCodes: string[] }>('/api/auth/mfa/enrol/confirm', {
        code: code.replace(/\s+/g, ''),
      }),
    onSuccess: ({ data }) => onConfirmed(data.recoveryCodes),
    onError: (error) => {
      setCode('');
      form.show(errorsFromApi(error, (f) => f === 'code', { fallbackField: 'code' }));
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (confirm.isPending) return;
    const valid = /^\d{6}$/.test(code.replace(/\s+/g, ''));
    if (form.show(valid ? {} : { code: 'Enter the 6-digit code from your authenticator app' }))
      return;
    confirm.mutate();
  }

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} />
      <PageHeading>Set up your authenticator app</PageHeading>
      <p className="govuk-body">
        Haven holds sensitive information about children, so you need a code from an authenticator
        app on your phone as well as your password.
      </p>
      <ol className="govuk-list govuk-list--number">
        <li>Install an authenticator app on your phone if you do not have one.</li>
        <li>In the app, add an account and scan this QR code.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <img
        className="haven-qr"
        src={`data:image/svg+xml;base64,${base64Utf8(enrolment.qrSvg)}`}
        alt="QR code for your authenticator app"
        width={200}
        height={200}
      />
      <h2 className="govuk-heading-s">Or enter this key</h2>
      <p className="govuk-body">
        <code className="haven-code haven-secret">{enrolment.secret}</code>
      </p>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="code"
          label="Code from your authenticator app"
          hint="For example, 123456"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          widthClass="govuk-input--width-10"
          value={code}
          onChange={setCode}
          error={form.errors.code}
        />
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
    </>
  );
}
