import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { AllegationSettings } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';

type Key = keyof AllegationSettings;

/** Each number, its words and the range the server takes. */
const FIELDS: { key: Key; label: string; hint: string; min: number; max: number }[] = [
  {
    key: 'pensionAge',
    label: 'Normal pension age',
    hint: 'Kept records stay until the later of this age or the years below. Usually 67.',
    min: 55,
    max: 75,
  },
  {
    key: 'keepYears',
    label: 'Years a kept record stays, at least',
    hint: 'Counted from the allegation. Keeping Children Safe in Education says 10.',
    min: 1,
    max: 50,
  },
  {
    key: 'removedKeepYears',
    label: 'Years a false or malicious case is kept apart',
    hint: 'It is removed from the person’s file at once; 0 means the case record goes at the next retention sweep.',
    min: 0,
    max: 50,
  },
  {
    key: 'patternCount',
    label: 'Low-level concerns about the same adult that make a pattern',
    hint: 'When there are this many, the headteacher is alerted to review them together.',
    min: 2,
    max: 20,
  },
  {
    key: 'patternMonths',
    label: 'Months to look back for a pattern',
    hint: 'Usually 12.',
    min: 1,
    max: 60,
  },
];

const settingsKey = ['allegations', 'settings'] as const;
const fieldId = (key: string) => `settings-${key}`;

/** What is wrong with the numbers as typed, before the server is asked. */
function problems(values: Record<Key, string>): FormErrors {
  const out: FormErrors = {};
  for (const f of FIELDS) {
    const n = Number(values[f.key]);
    if (!/^\d+$/.test(values[f.key].trim()) || n < f.min || n > f.max)
      out[f.key] = `Enter a whole number from ${String(f.min)} to ${String(f.max)}`;
  }
  return out;
}

/**
 * `/allegations/settings` (headteacher, chair of governors): how long concerns about adults are
 * kept (U07) and what makes a pattern of low-level concerns (U02).
 */
export function AllegationSettingsPage() {
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<AllegationSettings>('/api/allegations/settings'),
  });
  const form = useFormErrors();
  const [values, setValues] = useState<Record<Key, string> | null>(null);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  usePageTitle('Retention and patterns for concerns about adults', form.hasErrors);

  const loaded = settings.data?.data;
  useEffect(() => {
    if (loaded && !values)
      setValues(
        Object.fromEntries(FIELDS.map((f) => [f.key, String(loaded[f.key])])) as Record<
          Key,
          string
        >,
      );
  }, [loaded, values]);

  if (settings.isError) return <ProblemPage error={settings.error} />;
  if (!values) return <Loading what="settings" />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !values) return;
    setSaved(undefined);
    if (form.show(problems(values))) return;
    setBusy(true);
    try {
      const body = Object.fromEntries(FIELDS.map((f) => [f.key, Number(values[f.key])]));
      await api.put<AllegationSettings>('/api/allegations/settings', body);
      await queryClient.invalidateQueries({ queryKey: settingsKey });
      setSaved('Settings saved. They apply to outcomes and patterns from now on.');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.some((x) => x.key === f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading caption="Concerns about adults">Retention and patterns</PageHeading>
      <p className="govuk-body">
        Changes apply to outcomes recorded and patterns found from now on. Cases already closed keep
        the retention date they were given.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={fieldId} />
        {FIELDS.map((f) => (
          <TextInput
            key={f.key}
            id={fieldId(f.key)}
            label={f.label}
            hint={f.hint}
            value={values[f.key]}
            onChange={(v) => setValues({ ...values, [f.key]: v })}
            error={form.errors[f.key]}
            inputMode="numeric"
            widthClass="govuk-input--width-3"
            autoComplete="off"
          />
        ))}
        <button type="submit" className="govuk-button" disabled={busy}>
          Save settings
        </button>
        <SuccessMessage text={saved} />
      </form>
    </>
  );
}
