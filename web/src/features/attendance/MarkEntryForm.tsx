import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonToday } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { pupilAttendancePath, useAttendanceCodes } from './queries';

const FIELDS = ['date', 'am', 'pm'];
const idFor = (key: string) => `mark-${key}`;

/** One pupil's morning and afternoon marks for a day; a mark already there is replaced. */
export function MarkEntryForm({
  pupilId,
  onDone,
}: {
  pupilId: string;
  onDone: (t: string) => void;
}) {
  const codes = useAttendanceCodes();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [date, setDate] = useState(londonToday);
  const [am, setAm] = useState('');
  const [pm, setPm] = useState('');
  const options = (codes.data?.data.codes ?? []).map((c) => ({
    value: c.code,
    label: `${c.code}: ${c.meaning}`,
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!date) errors.date = 'Enter the date';
    if (!am && !pm) errors.am = 'Choose a code for the morning or the afternoon';
    if (form.show(errors)) return;
    setBusy(true);
    try {
      const { data } = await api.post<{ notices: number; alerts: number }>(
        pupilAttendancePath(pupilId),
        { date, am, pm },
      );
      setAm('');
      setPm('');
      onDone(
        `Marks saved for ${date}${data.notices ? '. 10 school days of unauthorised absence: the DSL team has been told' : ''}`,
      );
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <TextInput
        id={idFor('date')}
        label="Date"
        type="date"
        value={date}
        onChange={setDate}
        error={form.errors.date}
        widthClass="govuk-input--width-10"
      />
      <SelectInput
        id={idFor('am')}
        label="Morning (AM)"
        value={am}
        onChange={setAm}
        options={options}
        emptyLabel="No mark"
        error={form.errors.am}
      />
      <SelectInput
        id={idFor('pm')}
        label="Afternoon (PM)"
        value={pm}
        onChange={setPm}
        options={options}
        emptyLabel="No mark"
        error={form.errors.pm}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Save marks
      </button>
    </form>
  );
}
