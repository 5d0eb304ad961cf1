import { ErrorMessage } from '../../components/ErrorMessage';
import type { FormErrors } from '../../lib/formErrors';
import { ContactFields } from './ContactFields';
import { emptyContact, type ContactValues } from './pupilForm';

interface Props {
  contacts: ContactValues[];
  errors: FormErrors;
  onChange: (contacts: ContactValues[]) => void;
  focus: (id: string) => void;
}

export function ContactsFieldset({ contacts, errors, onChange, focus }: Props) {
  function add() {
    onChange([...contacts, emptyContact(contacts.length + 1)]);
    focus(`emergencyContacts-${String(contacts.length)}-name`);
  }
  function remove(index: number) {
    onChange(contacts.filter((_, i) => i !== index));
    focus('add-contact');
  }
  const error = errors.emergencyContacts;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-heading-m">Emergency contacts</h2>
      <p className="govuk-hint">
        Give at least two phone numbers in total, so someone can always be reached.
      </p>
      <ErrorMessage id="emergencyContacts-error" message={error} />
      {contacts.map((contact, index) => (
        <ContactFields
          key={contact.key}
          index={index}
          contact={contact}
          errors={errors}
          canRemove
          onChange={(next) => onChange(contacts.map((c, i) => (i === index ? next : c)))}
          onRemove={() => remove(index)}
          focus={focus}
        />
      ))}
      <button
        type="button"
        id="add-contact"
        className="govuk-button govuk-button--secondary"
        onClick={add}
      >
        {contacts.length ? 'Add another contact' : 'Add a contact'}
      </button>
    </div>
  );
}
