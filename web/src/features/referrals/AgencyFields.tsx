import { useState } from 'react';
import type { ReferralOptions } from '../../api/types';
import { Radios } from '../../components/Radios';
import { SelectInput } from '../../components/SelectInput';
import { SingleCheckbox } from '../../components/SingleCheckbox';
import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../lib/formErrors';
import { CHILDRENS_HUB, OTHER_AGENCY, toOptions } from './labels';

export interface AgencyChoice {
  agency: string;
  agencyName: string;
  method: string;
  urgent: boolean;
}

/** The agency part of a referral, held together so both referral forms ask it the same way. */
export function useAgencyChoice() {
  const [choice, setChoice] = useState<AgencyChoice>({
    agency: CHILDRENS_HUB,
    agencyName: '',
    method: '',
    urgent: false,
  });
  const set =
    <K extends keyof AgencyChoice>(key: K) =>
    (value: AgencyChoice[K]) =>
      setChoice((c) => ({ ...c, [key]: value }));
  return { choice, set };
}

/** Client-side checks for the agency part, with the messages the server would give. */
export function agencyErrors(c: AgencyChoice, methodMessage: string): FormErrors {
  const errors: FormErrors = {};
  if (!c.agency) errors.agency = 'Select the agency';
  if (c.agency === OTHER_AGENCY && !c.agencyName.trim())
    errors.agencyName = 'Enter the agency’s name';
  if (!c.method) errors.method = methodMessage;
  return errors;
}

/** What the API takes from the agency part. */
export const agencyInput = (c: AgencyChoice) => ({
  agency: c.agency,
  agencyName: c.agency === OTHER_AGENCY ? c.agencyName.trim() : '',
  method: c.method,
  urgent: c.urgent,
});

interface Props {
  options: ReferralOptions;
  idFor: (key: string) => string;
  errors: FormErrors;
  choice: AgencyChoice;
  set: ReturnType<typeof useAgencyChoice>['set'];
  methodLegend: string;
  urgentLabel: string;
}

/** Agency (with its name when "other"), how the referral was made, and whether it was urgent. */
export function AgencyFields({
  options,
  idFor,
  errors,
  choice,
  set,
  methodLegend,
  urgentLabel,
}: Props) {
  return (
    <>
      <SelectInput
        id={idFor('agency')}
        label="Who did you refer to?"
        options={toOptions(options.agencies)}
        emptyLabel="Select an agency"
        value={choice.agency}
        onChange={set('agency')}
        error={errors.agency}
      />
      {choice.agency === OTHER_AGENCY ? (
        <TextInput
          id={idFor('agencyName')}
          label="Name of the agency"
          value={choice.agencyName}
          onChange={set('agencyName')}
          error={errors.agencyName}
        />
      ) : null}
      <Radios
        id={idFor('method')}
        legend={methodLegend}
        options={toOptions(options.methods)}
        value={choice.method}
        onChange={set('method')}
        error={errors.method}
        small
      />
      <SingleCheckbox
        id={idFor('urgent')}
        label={urgentLabel}
        hint="The child may be at risk of significant harm now"
        checked={choice.urgent}
        onChange={set('urgent')}
      />
    </>
  );
}
