import type { AdultRelationship, Colleague } from '../../api/types';
import { Radios } from '../../components/Radios';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../lib/formErrors';
import { RELATIONSHIPS } from './labels';

export type SubjectKind = '' | 'colleague' | 'other';

export interface SubjectChoice {
  kind: SubjectKind;
  staffId: string;
  name: string;
  relationship: AdultRelationship | '';
  details: string;
}

export const NO_SUBJECT: SubjectChoice = {
  kind: '',
  staffId: '',
  name: '',
  relationship: '',
  details: '',
};

/** Ids of the inputs, by the API's field names. */
export const SUBJECT_IDS: Record<string, string> = {
  subject: 'raise-subject',
  'subject.staffId': 'raise-staffId',
  'subject.name': 'raise-name',
  'subject.relationship': 'raise-relationship',
  'subject.details': 'raise-details',
};

interface Props {
  colleagues: Colleague[];
  value: SubjectChoice;
  errors: FormErrors;
  onChange: (patch: Partial<SubjectChoice>) => void;
}

/** Who it is about: a colleague with a Haven account, or someone described in words. */
export function SubjectFields({ colleagues, value, errors, onChange }: Props) {
  return (
    <>
      <Radios
        id={SUBJECT_IDS.subject ?? 'raise-subject'}
        legend="Who is it about?"
        legendClassName="govuk-fieldset__legend--m"
        options={[
          {
            value: 'colleague',
            label: 'Someone who uses Haven',
            hint: 'A member of staff or governor with a Haven account',
          },
          {
            value: 'other',
            label: 'Someone else',
            hint: 'For example supply staff, a volunteer, a contractor or a visiting coach',
          },
        ]}
        value={value.kind}
        onChange={(kind) => onChange({ kind: kind as SubjectKind })}
        error={errors.subject}
      />
      {value.kind === 'colleague' ? (
        <div className="haven-conditional">
          <SelectInput
            id={SUBJECT_IDS['subject.staffId'] ?? 'raise-staffId'}
            label="Choose the person"
            value={value.staffId}
            onChange={(staffId) => onChange({ staffId })}
            options={colleagues.map((c) => ({ value: c.id, label: c.fullName }))}
            emptyLabel="Choose a person"
            error={errors['subject.staffId']}
          />
        </div>
      ) : null}
      {value.kind === 'other' ? (
        <div className="haven-conditional">
          <TextInput
            id={SUBJECT_IDS['subject.name'] ?? 'raise-name'}
            label="Their name"
            hint="As much of it as you know"
            value={value.name}
            onChange={(name) => onChange({ name })}
            error={errors['subject.name']}
            autoComplete="off"
            spellCheck={false}
          />
          <Radios
            id={SUBJECT_IDS['subject.relationship'] ?? 'raise-relationship'}
            legend="How do they work with the school?"
            options={RELATIONSHIPS}
            value={value.relationship}
            onChange={(r) => onChange({ relationship: r as AdultRelationship })}
            error={errors['subject.relationship']}
            small
          />
          <TextArea
            id={SUBJECT_IDS['subject.details'] ?? 'raise-details'}
            label="Anything that helps identify them"
            hint="Their job, the company or agency they come from, or what they look like"
            value={value.details}
            onChange={(details) => onChange({ details })}
            error={errors['subject.details']}
            rows={3}
          />
        </div>
      ) : null}
    </>
  );
}
