import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, withQuery } from '../../api/client';
import type { PupilSummary } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { WarningText } from '../../components/WarningText';
import { saveBlob } from '../../lib/download';
import { defaultFieldId, errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { YEAR_GROUPS, yearGroupLabel } from '../../lib/yearGroups';
import { pupilKeys } from '../pupils/queries';
import { pupils as pupilsInWords } from './labels';
import { exportCtf } from './queries';

const TITLE = 'Send leavers’ records to their next school (CTF)';
const SEARCH_ID = 'transfer-q';
const FIELDS = new Set(['pupilIds', 'fromDfeNumber', 'to.dfeNumber', 'to.name']);
/** The LA code then the establishment number, with or without a space between. */
const DFE_NUMBER = /^\d{3}\s?\d{4}$/;
/** The server takes this many pupils in one file. */
const MOST_PUPILS = 2000;

const digitsOf = (n: string) => n.replace(/\s/g, '');

function describe(p: PupilSummary): string {
  const parts = [yearGroupLabel(p.yearGroup), p.upn ? `UPN ${p.upn}` : 'no UPN'];
  return `${p.displayName} (${parts.join(', ')})`;
}

/** The pupils matching a search; nothing is asked until the user searches. */
function useMatches(filter: { q: string; yearGroup: string } | null) {
  return useQuery({
    queryKey: pupilKeys.list(filter?.q ?? '', filter?.yearGroup ?? ''),
    queryFn: () => api.get<PupilSummary[]>(withQuery('/api/pupils', filter ?? {})),
    enabled: filter !== null,
  });
}

function checkForm(
  chosen: PupilSummary[],
  from: string,
  to: { dfeNumber: string; name: string },
): FormErrors {
  const errors: FormErrors = {};
  if (chosen.length === 0) errors.pupilIds = 'Choose at least one pupil who is leaving';
  else if (chosen.length > MOST_PUPILS)
    errors.pupilIds = `Choose ${MOST_PUPILS.toLocaleString('en-GB')} pupils or fewer for one file`;
  if (!from.trim()) errors.fromDfeNumber = 'Enter your school’s DfE number';
  else if (!DFE_NUMBER.test(from.trim()))
    errors.fromDfeNumber =
      'Enter your school’s DfE number as 7 digits: the LA code then the establishment number';
  if (!to.dfeNumber.trim()) errors['to.dfeNumber'] = 'Enter the new school’s DfE number';
  else if (!DFE_NUMBER.test(to.dfeNumber.trim()))
    errors['to.dfeNumber'] =
      'Enter the new school’s DfE number as 7 digits: the LA code then the establishment number';
  if (to.name.trim().length > 200)
    errors['to.name'] = 'The new school’s name must be 200 characters or fewer';
  return errors;
}

/**
 * `/pupils/transfer` (who can import pupils): a Common Transfer File of leavers for their next
 * school. Pupil data only; the child protection file goes from DSL to DSL, separately. The file
 * is made on the server, held in memory and handed to the browser's downloads.
 */
export function TransferPage() {
  const form = useFormErrors();
  usePageTitle(TITLE, form.hasErrors);
  const [q, setQ] = useState('');
  const [yearGroup, setYearGroup] = useState('');
  const [filter, setFilter] = useState<{ q: string; yearGroup: string } | null>(null);
  const [chosen, setChosen] = useState<PupilSummary[]>([]);
  const [fromDfe, setFromDfe] = useState('');
  const [toDfe, setToDfe] = useState('');
  const [toName, setToName] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLDivElement>(null);
  const matches = useMatches(filter);
  const results = matches.data?.data ?? [];

  function search(event: FormEvent) {
    event.preventDefault();
    setFilter({ q: q.trim(), yearGroup });
  }

  /** The ticks among these results, keeping the pupils chosen from other searches. */
  function choose(ids: string[]) {
    const shown = new Set(results.map((p) => p.id));
    setChosen([
      ...chosen.filter((p) => !shown.has(p.id)),
      ...results.filter((p) => ids.includes(p.id)),
    ]);
    setDone('');
  }

  async function download(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone('');
    const to = { dfeNumber: toDfe.trim(), name: toName.trim() };
    if (form.show(checkForm(chosen, fromDfe, to))) return;
    setBusy(true);
    try {
      const blob = await exportCtf({
        pupilIds: chosen.map((p) => p.id),
        fromDfeNumber: fromDfe.trim(),
        to,
      });
      const filename = `CTF_${digitsOf(to.dfeNumber)}.xml`;
      saveBlob(blob, filename);
      form.show({});
      setDone(
        `${filename} has been downloaded, with ${pupilsInWords(chosen.length)} in it. Upload it to the DfE’s School to School service (S2S) for the new school.`,
      );
      doneRef.current?.focus();
    } catch (error) {
      form.show(
        errorsFromApi(error, (f) => FIELDS.has(f), {
          mapField: (f) => (f.startsWith('pupilIds') ? 'pupilIds' : f),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  const idFor = (key: string) =>
    key === 'pupilIds' && results.length === 0 ? SEARCH_ID : defaultFieldId(key);
  const shownIds = new Set(results.map((p) => p.id));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/pupils">Pupils</BackLink>
        <PageHeading>{TITLE}</PageHeading>
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
        <p className="govuk-body">
          A Common Transfer File (CTF) carries a pupil’s record to their next school: their name,
          date of birth, UPN, sex, year group, SEN, whether they are looked after, and their
          emergency contacts. You upload it to the DfE’s School to School service (S2S), and the new
          school imports it into its own system.
        </p>
        <WarningText>
          Only pupil data travels in a CTF, never the child protection file. The DSL transfers a
          child protection file separately and securely to the new school’s DSL, as Keeping Children
          Safe in Education requires.
        </WarningText>

        <h2 className="govuk-heading-m">Choose the pupils who are leaving</h2>
        <form role="search" onSubmit={search} className="haven-search" noValidate>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={SEARCH_ID}>
              Search by name or UPN
            </label>
            <input
              className="govuk-input haven-search__input"
              id={SEARCH_ID}
              name="q"
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              spellCheck={false}
              autoComplete="off"
            />
          </div>
          <SelectInput
            id="transfer-year"
            label="Year group"
            options={YEAR_GROUPS}
            emptyLabel="All year groups"
            value={yearGroup}
            onChange={setYearGroup}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary haven-search__button"
          >
            Search
          </button>
        </form>
        <p className="govuk-visually-hidden" role="status">
          {filter && matches.data ? `${pupilsInWords(results.length)} found` : ''}
        </p>
        <div data-testid="transfer-results">
          {filter === null ? (
            <p className="govuk-body">
              Search for a pupil, or choose a year group such as Year 6, to list the pupils to
              choose from.
            </p>
          ) : matches.isError ? (
            <p className="govuk-body">The pupils could not be listed. Try again.</p>
          ) : !matches.data ? (
            <Loading what="pupils" />
          ) : results.length === 0 ? (
            <p className="govuk-body">No pupils match your search.</p>
          ) : (
            <Checkboxes
              id="pupilIds"
              legend={`Pupils found: ${pupilsInWords(results.length)}`}
              hint="Tick each pupil who is leaving. Pupils ticked in other searches stay chosen."
              error={form.errors.pupilIds}
              options={results.map((p) => ({ value: p.id, label: describe(p) }))}
              values={chosen.filter((p) => shownIds.has(p.id)).map((p) => p.id)}
              onChange={choose}
              small
            />
          )}
        </div>

        <form onSubmit={(e) => void download(e)} noValidate>
          <h2 className="govuk-heading-m" id="transfer-chosen">
            {chosen.length
              ? `In the file: ${pupilsInWords(chosen.length)}`
              : 'In the file: nobody yet'}
          </h2>
          {chosen.length ? (
            <ul
              className="govuk-list"
              aria-labelledby="transfer-chosen"
              data-testid="transfer-chosen"
            >
              {chosen.map((p) => (
                <li key={p.id} className="haven-row-actions">
                  <span>{describe(p)}</span>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary haven-button--compact"
                    onClick={() => {
                      setChosen(chosen.filter((c) => c.id !== p.id));
                      setDone('');
                    }}
                  >
                    Remove<span className="govuk-visually-hidden"> {p.displayName}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">Tick the pupils in the search results.</p>
          )}
          <h2 className="govuk-heading-m">The schools</h2>
          <TextInput
            id="fromDfeNumber"
            label="Your school’s DfE number"
            hint="7 digits: the LA code then the establishment number, for example 999 2001"
            error={form.errors.fromDfeNumber}
            value={fromDfe}
            onChange={setFromDfe}
            inputMode="numeric"
            spellCheck={false}
            widthClass="govuk-input--width-10"
            autoComplete="off"
          />
          <TextInput
            id="to-dfeNumber"
            label="The new school’s DfE number"
            hint="Ask the new school, or find it on Get Information about Schools"
            error={form.errors['to.dfeNumber']}
            value={toDfe}
            onChange={setToDfe}
            inputMode="numeric"
            spellCheck={false}
            widthClass="govuk-input--width-10"
            autoComplete="off"
          />
          <TextInput
            id="to-name"
            label="The new school’s name"
            error={form.errors['to.name']}
            value={toName}
            onChange={setToName}
            autoComplete="off"
          />
          <button type="submit" className="govuk-button" aria-disabled={busy || undefined}>
            Download the CTF
          </button>
          <p className="govuk-body" role="status">
            {busy ? 'Making the file…' : ''}
          </p>
        </form>
        <div
          tabIndex={-1}
          ref={doneRef}
          className={done ? 'govuk-inset-text' : undefined}
          role="status"
          data-testid="transfer-done"
        >
          {done ? (
            <>
              <p className="govuk-body">{done}</p>
              <p className="govuk-body">
                Tell the DSL, so that each child protection file follows its pupil.
              </p>
            </>
          ) : null}
        </div>
        <p className="govuk-body">
          To import a CTF from a pupil’s previous school, go to{' '}
          <Link to="/pupils/import" className="govuk-link">
            import pupils
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
