import { useState, type FormEvent, type ReactNode } from 'react';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../lib/formErrors';
import type { Role } from '../../lib/roles';
import { ROLE_OPTIONS, validateStaff, type StaffValues } from './staffForm';

interface Props {
  initial: StaffValues;
  submitLabel: string;
  errors: FormErrors;
  focusKey: number;
  /** Client-side errors to show (or none), before anything is sent. */
  onInvalid: (errors: FormErrors) => boolean;
  onSubmit: (values: StaffValues) => void;
  /** Where the error summary goes: before the page heading, so pass the heading as children. */
  children?: ReactNode;
}

export function StaffForm({
  initial,
  submitLabel,
  errors,
  focusKey,
  onInvalid,
  onSubmit,
  children,
}: Props) {
  const [values, setValues] = useState<StaffValues>(initial);

  function text(name: 'fullName' | 'email' | 'jobTitle') {
    return {
      id: name,
      value: values[name],
      onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
      error: errors[name],
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (onInvalid(validateStaff(values))) return;
    onSubmit(values);
  }

  return (
    <>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      {children}
      <form onSubmit={submit} noValidate>
        <TextInput {...text('fullName')} label="Full name" autoComplete="off" spellCheck={false} />
        <TextInput
          {...text('email')}
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          {...text('jobTitle')}
          label="Job title (optional)"
          hint="For example, Year 4 teacher"
        />
        <Checkboxes
          id="roles"
          legend="Roles"
          hint="Select all that apply. Roles decide what they can see in Haven."
          options={ROLE_OPTIONS}
          values={values.roles}
          onChange={(roles) => setValues((v) => ({ ...v, roles: roles as Role[] }))}
          error={errors.roles}
          small
        />
        <button type="submit" className="govuk-button">
          {submitLabel}
        </button>
      </form>
    </>
  );
}
