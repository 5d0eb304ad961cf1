import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../lib/formErrors';
import { KIND_OPTIONS, isContactKind } from './contactKinds';
import type { ContactRowValues } from './contactsForm';

interface Props {
  index: number;
  row: ContactRowValues;
  errors: FormErrors;
  onChange: (row: ContactRowValues) => void;
  onRemove: () => void;
  /** Undefined for the first row. */
  onMoveUp?: () => void;
}

export function ContactRow({ index, row, errors, onChange, onRemove, onMoveUp }: Props) {
  const at = `contacts.${String(index)}`;
  const idAt = `contacts-${String(index)}`;
  const number = String(index + 1);
  const set = (patch: Partial<ContactRowValues>) => onChange({ ...row, ...patch });
  return (
    <fieldset className="govuk-fieldset haven-contact">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Number {number}</legend>
      <SelectInput
        id={`${idAt}-kind`}
        label="What is it for?"
        options={KIND_OPTIONS}
        emptyLabel="Select"
        value={row.kind}
        onChange={(kind) => set({ kind: isContactKind(kind) ? kind : '' })}
        error={errors[`${at}.kind`]}
      />
      <TextInput
        id={`${idAt}-label`}
        label="Name"
        hint="Who answers, for example, LADO (allegations against staff)"
        value={row.label}
        onChange={(label) => set({ label })}
        error={errors[`${at}.label`]}
      />
      <TextInput
        id={`${idAt}-phone`}
        label="Phone number"
        type="tel"
        autoComplete="off"
        widthClass="govuk-input--width-20"
        value={row.phone}
        onChange={(phone) => set({ phone })}
        error={errors[`${at}.phone`]}
      />
      <TextInput
        id={`${idAt}-note`}
        label="Note (optional)"
        hint="For example, opening hours or when to ring"
        value={row.note}
        onChange={(note) => set({ note })}
        error={errors[`${at}.note`]}
      />
      <div className="haven-row-actions govuk-!-margin-bottom-4">
        {onMoveUp ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary haven-button--compact"
            onClick={onMoveUp}
          >
            Move up<span className="govuk-visually-hidden"> number {number}</span>
          </button>
        ) : null}
        <button
          type="button"
          className="govuk-button govuk-button--warning haven-button--compact"
          onClick={onRemove}
        >
          Remove<span className="govuk-visually-hidden"> number {number}</span>
        </button>
      </div>
    </fieldset>
  );
}
