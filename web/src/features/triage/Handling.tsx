import { useState, type FormEvent } from 'react';
import type { ConcernDetail, ConcernStatus, Staff } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SelectInput } from '../../components/SelectInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi } from '../../lib/formErrors';
import { useConcernAction } from './useConcernAction';

interface Props {
  concern: ConcernDetail;
  /** The DSL team, if this user may list staff; undefined hides "Assign to". */
  team: Staff[] | undefined;
  onResult: (text: string, error?: boolean) => void;
}

const STATUSES = [
  { value: 'in_progress', label: 'In progress' },
  { value: 'waiting', label: 'Waiting', hint: 'For example, for another agency to reply' },
  { value: 'closed', label: 'Closed' },
];

function AssignForm({ concern, team, onResult }: Props & { team: Staff[] }) {
  const act = useConcernAction(concern.id);
  const form = useFormErrors();
  const [ownerId, setOwnerId] = useState(concern.ownerId ?? '');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (form.show(ownerId ? {} : { ownerId: 'Select who will handle this concern' })) return;
    try {
      await act('/assign', { ownerId });
      const name = team.find((s) => s.id === ownerId)?.fullName ?? 'them';
      onResult(`Concern assigned to ${name}`);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => f === 'ownerId'));
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => 'ownerId'} />
      <SelectInput
        id="ownerId"
        label="Assign to"
        options={team.map((s) => ({ value: s.id, label: s.fullName }))}
        emptyLabel="Select a member of the DSL team"
        value={ownerId}
        onChange={setOwnerId}
        error={form.errors.ownerId}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Assign
      </button>
    </form>
  );
}

function StatusForm({ concern, onResult }: Omit<Props, 'team'>) {
  const act = useConcernAction(concern.id);
  const form = useFormErrors();
  const [status, setStatus] = useState<string>(concern.status === 'new' ? '' : concern.status);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (form.show(status ? {} : { status: 'Select a status' })) return;
    try {
      await act('/status', { status: status as ConcernStatus });
      onResult(`Status changed to ${STATUSES.find((s) => s.value === status)?.label ?? status}`);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => f === 'status'));
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => 'status'} />
      <Radios
        id="status"
        legend="Status"
        options={STATUSES}
        value={status}
        onChange={setStatus}
        error={form.errors.status}
        small
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Change status
      </button>
    </form>
  );
}

/** D30: acknowledging stops the escalation clock. Shown at the top while it is needed. */
export function AcknowledgeButton({ concern, onResult }: Omit<Props, 'team'>) {
  const act = useConcernAction(concern.id);
  const [busy, setBusy] = useState(false);
  async function acknowledge() {
    if (busy) return;
    setBusy(true);
    try {
      await act('/acknowledge');
      onResult('Concern acknowledged');
    } catch (error) {
      onResult(error instanceof Error ? error.message : 'Something went wrong', true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="haven-acknowledge">
      <p className="govuk-body">
        Acknowledge the concern to let the team know you are dealing with it. Until someone does,
        Haven keeps alerting the DSL team.
      </p>
      <button type="button" className="govuk-button" onClick={() => void acknowledge()}>
        Acknowledge
      </button>
    </div>
  );
}

/** Assign, and move the concern along. */
export function Handling({ concern, team, onResult }: Props) {
  return (
    <section aria-labelledby="handling-heading">
      <h2 className="govuk-heading-m" id="handling-heading">
        Handling
      </h2>
      {team ? <AssignForm concern={concern} team={team} onResult={onResult} /> : null}
      <StatusForm concern={concern} onResult={onResult} />
    </section>
  );
}
