import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../lib/formErrors';
import { emptyPhone, type ContactValues } from './pupilForm';

interface Props {
  index: number;
  contact: ContactValues;
  errors: FormErrors;
  canRemove: boolean;
  onChange: (contact: ContactValues) => void;
  onRemove: () => void;
  focus: (id: string) => void;
}

export function ContactFields({
  index,
  contact,
  errors,
  canRemove,
  onChange,
  onRemove,
  focus,
}: Props) {
  const at = `emergencyContacts.${String(index)}`;
  const idAt = `emergencyContacts-${String(index)}`;
  const number = String(index + 1);
  const set = (patch: Partial<ContactValues>) => onChange({ ...contact, ...patch });

  function setPhone(j: number, value: string) {
    set({ phones: contact.phones.map((p, k) => (k === j ? { ...p, value } : p)) });
  }
  function addPhone() {
    set({ phones: [...contact.phones, emptyPhone()] });
    focus(`${idAt}-phones-${String(contact.phones.length)}`);
  }
  function removePhone(j: number) {
    set({ phones: contact.phones.filter((_, k) => k !== j) });
    focus(`${idAt}-phones-${String(Math.max(0, j - 1))}`);
  }

  return (
    <fieldset className="govuk-fieldset haven-contact">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Contact {number}</legend>
      <TextInput
        id={`${idAt}-name`}
        label="Name"
        value={contact.name}
        onChange={(name) => set({ name })}
        error={errors[`${at}.name`]}
        spellCheck={false}
        autoComplete="off"
      />
      <TextInput
        id={`${idAt}-relationship`}
        label="Relationship to the pupil"
        hint="For example, mother, grandfather, foster carer"
        value={contact.relationship}
        onChange={(relationship) => set({ relationship })}
        error={errors[`${at}.relationship`]}
      />
      {contact.phones.map((phone, j) => (
        <div className="haven-phone" key={phone.key}>
          <TextInput
            id={`${idAt}-phones-${String(j)}`}
            label={`Phone number ${String(j + 1)}`}
            type="tel"
            autoComplete="off"
            widthClass="govuk-input--width-20"
            value={phone.value}
            onChange={(value) => setPhone(j, value)}
            error={
              errors[`${at}.phones.${String(j)}`] ?? (j === 0 ? errors[`${at}.phones`] : undefined)
            }
          />
          {j > 0 ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary haven-button--small"
              onClick={() => removePhone(j)}
            >
              Remove
              <span className="govuk-visually-hidden">
                {' '}
                phone number {j + 1} of contact {number}
              </span>
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={addPhone}>
        Add another phone number<span className="govuk-visually-hidden"> for contact {number}</span>
      </button>
      <TextInput
        id={`${idAt}-priority`}
        label="Priority"
        hint="1 is the first person to call"
        inputMode="numeric"
        widthClass="govuk-input--width-2"
        value={contact.priority}
        onChange={(priority) => set({ priority })}
        error={errors[`${at}.priority`]}
      />
      {canRemove ? (
        <button type="button" className="govuk-button govuk-button--warning" onClick={onRemove}>
          Remove<span className="govuk-visually-hidden"> contact {number}</span>
        </button>
      ) : null}
    </fieldset>
  );
}
