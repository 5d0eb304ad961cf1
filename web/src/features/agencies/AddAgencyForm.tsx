import { useEffect, useState, type FormEvent } from 'react';
import type { Agency } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi } from '../../lib/formErrors';
import { labelProblem } from './queries';

export const NEW_AGENCY_ID = 'new-agency-label';

interface Props {
  agencies: readonly Agency[];
  onAdd: (label: string) => Promise<void>;
  /** Told whether the form is showing errors, for the page title. */
  onErrors: (showing: boolean) => void;
}

/** "Add an agency": one of the school's own, such as its county's early help service. */
export function AddAgencyForm({ agencies, onAdd, onErrors }: Props) {
  const form = useFormErrors();
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const showing = form.hasErrors;
  useEffect(() => {
    onErrors(showing);
    return () => onErrors(false);
  }, [showing, onErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = labelProblem(label, agencies);
    if (form.show(problem ? { label: problem } : {})) return;
    setBusy(true);
    try {
      await onAdd(label.trim());
      setLabel('');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => f === 'label', { fallbackField: 'label' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => NEW_AGENCY_ID} />
      <TextInput
        id={NEW_AGENCY_ID}
        label="Name of the agency"
        hint="As staff will see it when they record a referral, for example “Essex Child and Family Wellbeing Service”"
        value={label}
        onChange={setLabel}
        error={form.errors.label}
        autoComplete="off"
      />
      <button type="submit" id="add-agency-button" className="govuk-button govuk-button--secondary">
        Add agency
      </button>
    </form>
  );
}
