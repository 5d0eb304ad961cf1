import { useState, type FormEvent } from 'react';
import type { ReferralOptions, SharingInput } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from './DateTimeFields';
import { toOptions } from './labels';
import { PupilChoice, type PupilOption } from './PupilChoice';
import { useReferralPost } from './queries';
import { pastInstant } from './when';

interface Props {
  pupils: PupilOption[];
  concernId: string | null;
  options: ReferralOptions;
  onDone: (text: string) => void;
}

const FIELDS = ['pupilId', 'sharedWith', 'what', 'why', 'lawfulBasis', 'at'];
const idFor = (key: string) => (key === 'at' ? 'sharing-at-date' : `sharing-${key}`);

/** D37: information shared with another agency: with whom, what, why and the lawful basis. */
export function SharingForm({ pupils, concernId, options, onDone }: Props) {
  const post = useReferralPost();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [pupilId, setPupilId] = useState(pupils.length === 1 ? (pupils[0]?.id ?? '') : '');
  const [sharedWith, setSharedWith] = useState('');
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [lawfulBasis, setLawfulBasis] = useState('');
  const [when, setWhen] = useState<DateTime>(() => londonParts());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!pupilId) errors.pupilId = 'Choose the child';
    if (!sharedWith.trim()) errors.sharedWith = 'Enter who the information was shared with';
    if (!what.trim()) errors.what = 'Enter what was shared';
    if (!why.trim()) errors.why = 'Enter why it was shared';
    if (!lawfulBasis) errors.lawfulBasis = 'Choose the lawful basis';
    const at = pastInstant(when, 'it was shared');
    if (at.error) errors.at = at.error;
    if (form.show(errors) || !at.at) return;
    const input: SharingInput = {
      pupilId,
      concernId,
      referralId: null,
      sharedWith: sharedWith.trim(),
      what: what.trim(),
      why: why.trim(),
      lawfulBasis,
      at: at.at,
    };
    setBusy(true);
    try {
      await post('/api/disclosures/sharing', input);
      setSharedWith('');
      setWhat('');
      setWhy('');
      setLawfulBasis('');
      onDone(`Recorded: information shared with ${input.sharedWith}`);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <PupilChoice
        id={idFor('pupilId')}
        pupils={pupils}
        value={pupilId}
        onChange={setPupilId}
        error={form.errors.pupilId}
      />
      <TextInput
        id={idFor('sharedWith')}
        label="Who was it shared with?"
        hint="The person and their organisation"
        value={sharedWith}
        onChange={setSharedWith}
        error={form.errors.sharedWith}
      />
      <TextArea
        id={idFor('what')}
        label="What was shared?"
        value={what}
        onChange={setWhat}
        error={form.errors.what}
        rows={3}
      />
      <TextArea
        id={idFor('why')}
        label="Why was it shared?"
        value={why}
        onChange={setWhy}
        error={form.errors.why}
        rows={3}
      />
      <Radios
        id={idFor('lawfulBasis')}
        legend="Lawful basis"
        hint="Data protection law does not stop you sharing to keep a child safe"
        options={toOptions(options.lawfulBases)}
        value={lawfulBasis}
        onChange={setLawfulBasis}
        error={form.errors.lawfulBasis}
        small
      />
      <DateTimeFields
        id="sharing-at"
        legend="When was it shared?"
        value={when}
        onChange={setWhen}
        error={form.errors.at}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Record information shared
      </button>
    </form>
  );
}
