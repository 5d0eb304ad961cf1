import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { ConductVersion } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SingleCheckbox } from '../../components/SingleCheckbox';
import { useFormErrors } from '../../components/useFormErrors';
import { FORM_ERROR, errorsFromApi } from '../../lib/formErrors';

export const AGREE_ID = 'conduct-agree';
const idFor = () => AGREE_ID;

interface Props {
  version: ConductVersion;
  /** Resolves once the acknowledgement is recorded; throws the API's error otherwise. */
  onAcknowledge: (versionId: string) => Promise<void>;
  /** A newer version was published while this one was being read: show that one. */
  onStale: () => Promise<void>;
  /** Told whether the form is showing errors, for the page title. */
  onErrors: (showing: boolean) => void;
}

/** "I have read and understood…" and the Acknowledge button, for the version on the page. */
export function AcknowledgeForm({ version, onAcknowledge, onStale, onErrors }: Props) {
  const form = useFormErrors();
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const showing = form.hasErrors;
  useEffect(() => {
    onErrors(showing);
    return () => onErrors(false);
  }, [showing, onErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (
      form.show(
        agreed
          ? {}
          : {
              agree:
                'Tick the box to confirm you have read and understood the code of conduct and will follow it',
            },
      )
    )
      return;
    setBusy(true);
    try {
      await onAcknowledge(version.id);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND')) {
        setAgreed(false);
        await onStale().catch(() => undefined);
        form.show({
          [FORM_ERROR]:
            'A new version of the code of conduct has been published since you opened this page. Read the new version, then acknowledge it.',
        });
      } else {
        form.show(errorsFromApi(error, () => false));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <SingleCheckbox
        id={AGREE_ID}
        label="I have read and understood the code of conduct and will follow it"
        checked={agreed}
        onChange={setAgreed}
        error={form.errors.agree}
      />
      <button type="submit" id="conduct-acknowledge" className="govuk-button">
        Acknowledge
      </button>
    </form>
  );
}
