import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SingleCheckbox } from '../../components/SingleCheckbox';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { londonInstant, londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { WhenFields } from '../concerns/WhenFields';
import { fileKeys, filePath } from './queries';

const FIELDS = ['at', 'text', 'significant'];
const idFor = (key: string) => (key === 'at' ? 'incidentDate' : `note-${key}`);

/** A note of a phone call or meeting with parents or another agency (D30, D37). */
export function ContactNoteForm({ pupilId }: { pupilId: string }) {
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [when, setWhen] = useState(() => londonParts());
  const [text, setText] = useState('');
  const [significant, setSignificant] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const at = londonInstant(when.date, when.time);
    const errors: FormErrors = {};
    if (!at) errors.at = 'Enter the date and time of the contact';
    if (!text.trim()) errors.text = 'Enter what was said or agreed';
    if (form.show(errors)) return;
    try {
      await api.post(`${filePath(pupilId)}/notes`, { at, text: text.trim(), significant });
      setText('');
      setSignificant(false);
      setDone('Note added to the file');
      await queryClient.invalidateQueries({ queryKey: fileKeys.all });
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <WhenFields
        legend="When was the contact?"
        date={when.date}
        time={when.time}
        error={form.errors.at}
        onChange={(p) =>
          setWhen((w) => ({ date: p.incidentDate ?? w.date, time: p.incidentTime ?? w.time }))
        }
      />
      <TextArea
        id="note-text"
        label="Who was it with, and what was said or agreed?"
        value={text}
        onChange={setText}
        error={form.errors.text}
        rows={4}
      />
      <SingleCheckbox
        id="note-significant"
        label="This is a significant event"
        checked={significant}
        onChange={setSignificant}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add note
      </button>
      <SuccessMessage text={done} />
    </form>
  );
}
