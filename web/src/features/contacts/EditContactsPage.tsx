import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { LocalContact } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';
import { usePendingFocus } from '../pupils/usePendingFocus';
import { ContactRow } from './ContactRow';
import {
  MAX_CONTACTS,
  contactsFieldId,
  contactsInput,
  emptyRow,
  isContactsField,
  rowValues,
  validateContacts,
  type ContactRowValues,
} from './contactsForm';
import { contactsKey, useSafeguardingContacts } from './queries';

function ContactsForm({ initial }: { initial: ContactRowValues[] }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState(initial);
  const form = useFormErrors();
  const focus = usePendingFocus();
  usePageTitle('Edit safeguarding contacts', form.hasErrors);

  const save = useMutation({
    mutationFn: (next: ContactRowValues[]) =>
      api.put<LocalContact[]>('/api/school/contacts', { contacts: contactsInput(next) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contactsKey });
      await navigate('/contacts', { state: { notice: 'saved' } });
    },
    onError: (error) => form.show(errorsFromApi(error, isContactsField)),
  });

  function add() {
    setRows([...rows, emptyRow()]);
    focus(`contacts-${String(rows.length)}-kind`);
  }
  function remove(index: number) {
    setRows(rows.filter((_, i) => i !== index));
    focus('add-contact');
  }
  function moveUp(index: number) {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (!row) return;
    next.splice(index - 1, 0, row);
    setRows(next);
    // Errors name rows by position, so they no longer fit: clear them.
    form.show({});
    focus(`contacts-${String(index - 1)}-kind`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (form.show(validateContacts(rows))) return;
    save.mutate(rows);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={contactsFieldId} />
      <PageHeading>Edit safeguarding contacts</PageHeading>
      <p className="govuk-body">
        These numbers are on the “Who to tell and who to ring” page that everyone in the school can
        see and print. The names of the safeguarding team come from the roles given on the Staff
        page.
      </p>
      <form onSubmit={submit} noValidate>
        <div
          className={`govuk-form-group${form.errors.contacts ? ' govuk-form-group--error' : ''}`}
        >
          <ErrorMessage id="contacts-error" message={form.errors.contacts} />
          {rows.length === 0 ? <p className="govuk-body">There are no numbers.</p> : null}
          {rows.map((row, index) => (
            <ContactRow
              key={row.key}
              index={index}
              row={row}
              errors={form.errors}
              onChange={(next) => setRows(rows.map((r, i) => (i === index ? next : r)))}
              onRemove={() => remove(index)}
              onMoveUp={index > 0 ? () => moveUp(index) : undefined}
            />
          ))}
          {rows.length < MAX_CONTACTS ? (
            <button
              type="button"
              id="add-contact"
              className="govuk-button govuk-button--secondary"
              onClick={add}
            >
              {rows.length ? 'Add another number' : 'Add a number'}
            </button>
          ) : null}
        </div>
        <button type="submit" className="govuk-button">
          Save contacts
        </button>
      </form>
    </>
  );
}

export function EditContactsPage() {
  const contacts = useSafeguardingContacts();
  usePageTitle('Edit safeguarding contacts');
  if (contacts.isError) return <ProblemPage error={contacts.error} />;
  if (!contacts.data) return <Loading what="safeguarding contacts" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/contacts">Back to contacts</BackLink>
        <ContactsForm initial={rowValues(contacts.data.data.contacts)} />
      </div>
    </div>
  );
}
