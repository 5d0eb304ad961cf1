import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { refreshMe } from '../../session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Fieldset } from '../../components/Fieldset';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { addDays, formatDateTimeShort, londonInstant, londonToday, weekday } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';

const MORNING = '08:00';
const idFor = (key: string) => (key === 'time' ? 'away-time' : 'away-date');

function tomorrow(): string {
  return addDays(londonToday(), 1);
}

function nextMonday(): string {
  const today = londonToday();
  return addDays(today, (8 - weekday(today)) % 7 || 7);
}

/**
 * Duty D05: a DSL or deputy who is away says so, and Haven sends their alerts to the others in
 * the team until then.
 */
export function Availability({ unavailableUntil }: { unavailableUntil: string | null }) {
  const queryClient = useQueryClient();
  const away = unavailableUntil !== null && new Date(unavailableUntil).getTime() > Date.now();
  const form = useFormErrors();
  const [date, setDate] = useState(tomorrow);
  const [time, setTime] = useState(MORNING);
  const [done, setDone] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function send(until: string | null) {
    if (busy) return;
    setBusy(true);
    setDone(undefined);
    try {
      await api.post('/api/me/availability', { unavailableUntil: until });
      await refreshMe(queryClient);
      form.show({});
      setDone(
        until
          ? `Alerts will go to your deputies until ${formatDateTimeShort(until)}.`
          : 'You will get alerts again.',
      );
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'date' }));
    } finally {
      setBusy(false);
    }
  }

  function awayUntil(d: string, t: string) {
    setDate(d);
    setTime(t);
    const until = londonInstant(d, t);
    const errors: FormErrors = {};
    if (!d) errors.date = 'Enter the date you will be back';
    if (!t) errors.time = 'Enter the time you will be back';
    else if (d && !until) errors.date = 'Enter a real date and time, for example 24/03/2026 08:00';
    else if (until && new Date(until).getTime() <= Date.now())
      errors.date = 'The time you will be back must be in the future';
    if (form.show(errors) || !until) return;
    void send(until);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    awayUntil(date, time);
  }

  return (
    <section className="haven-small-form haven-availability" aria-labelledby="availability">
      <h2 className="govuk-heading-m" id="availability">
        Are you available for safeguarding alerts?
      </h2>
      <p className="govuk-body govuk-!-font-weight-bold" data-testid="availability-now">
        {away && unavailableUntil
          ? `You are marked away until ${formatDateTimeShort(unavailableUntil)}: alerts go to the rest of the team.`
          : 'You are getting safeguarding alerts.'}
      </p>
      <p className="govuk-body">
        If you will be away, say when you will be back. Until then, alerts about new concerns go to
        the rest of the safeguarding team instead of you.
      </p>
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <form onSubmit={submit} noValidate>
        <Fieldset id="away" legend="I am away until" hint="UK time">
          <div className="haven-when">
            <div className="haven-when__item">
              <TextInput
                id="away-date"
                label="Date"
                type="date"
                value={date}
                onChange={setDate}
                error={form.errors.date}
              />
            </div>
            <div className="haven-when__item">
              <TextInput
                id="away-time"
                label="Time"
                type="time"
                value={time}
                onChange={setTime}
                error={form.errors.time}
              />
            </div>
          </div>
        </Fieldset>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Mark me away
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => awayUntil(tomorrow(), MORNING)}
          >
            Back tomorrow morning
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => awayUntil(nextMonday(), MORNING)}
          >
            Back next Monday
          </button>
        </div>
      </form>
      <button type="button" className="govuk-button" onClick={() => void send(null)}>
        I am back now
      </button>
      <SuccessMessage text={done} />
    </section>
  );
}
