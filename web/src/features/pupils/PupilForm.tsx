import { useState, type FormEvent, type ReactNode } from 'react';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SelectInput } from '../../components/SelectInput';
import { SingleCheckbox } from '../../components/SingleCheckbox';
import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../lib/formErrors';
import { SEX_OPTIONS, YEAR_GROUPS } from '../../lib/yearGroups';
import { ContactsFieldset } from './ContactsFieldset';
import { compactPhones, pupilFieldId, validatePupil, type PupilValues } from './pupilForm';
import { usePendingFocus } from './usePendingFocus';

interface Props {
  initial: PupilValues;
  submitLabel: string;
  errors: FormErrors;
  focusKey: number;
  onInvalid: (errors: FormErrors) => boolean;
  onSubmit: (values: PupilValues) => void;
  /** The page heading: it goes after the error summary. */
  children: ReactNode;
}

type TextField = 'legalFirstName' | 'legalLastName' | 'preferredName' | 'upn' | 'gender';

export function PupilForm({
  initial,
  submitLabel,
  errors,
  focusKey,
  onInvalid,
  onSubmit,
  children,
}: Props) {
  const [values, setValues] = useState<PupilValues>(initial);
  const focus = usePendingFocus();
  const set = (patch: Partial<PupilValues>) => setValues((v) => ({ ...v, ...patch }));

  function text(name: TextField) {
    return {
      id: name,
      value: values[name],
      onChange: (value: string) => set({ [name]: value }),
      error: errors[name],
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const compacted = compactPhones(values);
    setValues(compacted);
    if (onInvalid(validatePupil(compacted))) return;
    onSubmit(compacted);
  }

  return (
    <>
      <ErrorSummary errors={errors} focusKey={focusKey} idFor={pupilFieldId} />
      {children}
      <form onSubmit={submit} noValidate>
        <TextInput
          {...text('legalFirstName')}
          label="Legal first name"
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          {...text('legalLastName')}
          label="Legal last name"
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          {...text('preferredName')}
          label="Preferred first name (optional)"
          hint="The name the pupil likes to be called, if different"
          autoComplete="off"
          spellCheck={false}
        />
        <DateInput
          id="dateOfBirth"
          legend="Date of birth"
          hint="For example, 27 3 2015"
          value={values.dateOfBirth}
          onChange={(dateOfBirth) => set({ dateOfBirth })}
          error={errors.dateOfBirth}
        />
        <TextInput
          {...text('upn')}
          label="Unique pupil number (UPN) (optional)"
          hint="13 characters, starting with a letter"
          widthClass="govuk-input--width-20"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
        />
        <Radios
          id="sex"
          legend="Sex"
          hint="As recorded in the school census"
          options={SEX_OPTIONS}
          value={values.sex}
          onChange={(sex) => set({ sex: sex as PupilValues['sex'] })}
          error={errors.sex}
          inline
        />
        <TextInput
          {...text('gender')}
          label="Gender (optional)"
          hint="Only if the pupil has told the school"
        />
        <SelectInput
          id="yearGroup"
          label="Year group"
          options={YEAR_GROUPS}
          emptyLabel="Select a year group"
          value={values.yearGroup}
          onChange={(yearGroup) => set({ yearGroup })}
          error={errors.yearGroup}
        />
        <SingleCheckbox
          id="senFlag"
          label="Special educational needs or disability (SEN)"
          checked={values.senFlag}
          onChange={(senFlag) => set({ senFlag })}
          error={errors.senFlag}
        />
        <SingleCheckbox
          id="lookedAfter"
          label="Looked-after child"
          hint="In the care of the local authority"
          checked={values.lookedAfter}
          onChange={(lookedAfter) => set({ lookedAfter })}
          error={errors.lookedAfter}
        />
        <ContactsFieldset
          contacts={values.emergencyContacts}
          errors={errors}
          onChange={(emergencyContacts) => set({ emergencyContacts })}
          focus={focus}
        />
        <button type="submit" className="govuk-button">
          {submitLabel}
        </button>
      </form>
    </>
  );
}
