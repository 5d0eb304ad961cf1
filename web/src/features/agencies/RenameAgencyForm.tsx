import { useEffect, useState, type FormEvent } from 'react';
import type { Agency } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi } from '../../lib/formErrors';
import { agencyDomId, labelProblem } from './queries';

interface Props {
  agency: Agency;
  agencies: readonly Agency[];
  onRename: (label: string) => Promise<void>;
  onCancel: () => void;
  /** Told whether the form is showing errors, for the page title. */
  onErrors: (showing: boolean) => void;
}

/** Renaming one of the school's own agencies, in place of its row's buttons. */
export function RenameAgencyForm({ agency, agencies, onRename, onCancel, onErrors }: Props) {
  const [label, setLabel] = useState(agency.label);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const id = `rename-agency-${agencyDomId(agency.code)}`;
  const showing = form.hasErrors;
  useEffect(() => {
    onErrors(showing);
    return () => onErrors(false);
  }, [showing, onErrors]);

  // The form replaces the row's buttons: take keyboard users straight to the name.
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = labelProblem(label, agencies, agency.code);
    if (form.show(problem ? { label: problem } : {})) return;
    if (label.trim() === agency.label) {
      onCancel();
      return;
    }
    setBusy(true);
    try {
      await onRename(label.trim());
    } catch (error) {
      setBusy(false);
      form.show(errorsFromApi(error, () => false, { fallbackField: 'label' }));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => id} />
      <TextInput
        id={id}
        label={
          <>
            New name<span className="govuk-visually-hidden"> for {agency.label}</span>
          </>
        }
        value={label}
        onChange={setLabel}
        error={form.errors.label}
        autoComplete="off"
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Save name
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
