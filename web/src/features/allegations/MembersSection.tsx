import { useState, type FormEvent } from 'react';
import type { AllegationCase } from '../../api/types';
import { Details } from '../../components/Details';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { formatDateTimeShort } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { useCaseAction, useColleagues } from './queries';

const FIELDS = ['staffId', 'reason'];
const idFor = (key: string) => `member-${key}`;

interface Props {
  c: AllegationCase;
  canManage: boolean;
  onResult: (text: string) => void;
}

function AddMemberForm({ c, onResult }: { c: AllegationCase; onResult: (text: string) => void }) {
  const colleagues = useColleagues();
  const act = useCaseAction(c.id);
  const form = useFormErrors();
  const [staffId, setStaffId] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const onCase = new Set([c.caseManager.id, ...c.members.map((m) => m.id)]);
  if (c.subject.staffId) onCase.add(c.subject.staffId);
  const options = (colleagues.data?.data ?? [])
    .filter((p) => !onCase.has(p.id))
    .map((p) => ({ value: p.id, label: p.fullName }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!staffId) errors.staffId = 'Choose the person to add';
    if (!reason.trim()) errors.reason = 'Enter why they need to see this case';
    if (form.show(errors)) return;
    setBusy(true);
    try {
      const name = options.find((o) => o.value === staffId)?.label ?? 'The person';
      await act('/members', { staffId, reason: reason.trim() });
      setStaffId('');
      setReason('');
      onResult(`${name} has been added to the case`);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <SelectInput
        id={idFor('staffId')}
        label="Who needs to see it?"
        hint="For example, the deputy headteacher or the school’s HR adviser. They will see the whole case."
        value={staffId}
        onChange={setStaffId}
        options={options}
        emptyLabel={colleagues.data ? 'Choose a person' : 'Loading people…'}
        error={form.errors.staffId}
      />
      <TextArea
        id={idFor('reason')}
        label="Why do they need to see it?"
        hint="This is recorded on the case."
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add to the case
      </button>
    </form>
  );
}

/** Who can see the case: the case manager and anyone they have added, with their reason. */
export function MembersSection({ c, canManage, onResult }: Props) {
  return (
    <section aria-labelledby="members-heading">
      <h2 className="govuk-heading-m" id="members-heading">
        Who can see this case
      </h2>
      <ul className="govuk-list" data-testid="allegation-members">
        <li>
          <strong>{c.caseManager.fullName}</strong>, case manager
        </li>
        {c.members
          .filter((m) => m.id !== c.caseManager.id)
          .map((m) => (
            <li key={m.id}>
              <strong>{m.fullName}</strong>
              {m.role === 'manager' ? ', case manager' : ''}
              <span className="haven-block haven-secondary-text govuk-body-s govuk-!-margin-bottom-0">
                Added {formatDateTimeShort(m.addedAt)}
                {m.addedBy ? ` by ${m.addedBy.fullName}` : ''}
                {m.reason ? `: ${m.reason}` : ''}
              </span>
            </li>
          ))}
      </ul>
      {canManage ? (
        <Details summary="Add someone to the case">
          <AddMemberForm c={c} onResult={onResult} />
        </Details>
      ) : null}
    </section>
  );
}
