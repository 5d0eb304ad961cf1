import { useState } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { CSV_FILE_ID, CsvImport } from './CsvImport';
import { CTF_FILE_ID, CtfImport } from './CtfImport';

type Kind = 'csv' | 'ctf';

const KINDS = [
  {
    value: 'csv',
    label: 'The pupil list from your management information system (CSV)',
    hint: 'Every pupil, exported from SIMS, Arbor, Bromcom or another',
  },
  {
    value: 'ctf',
    label: 'A Common Transfer File (CTF) from a pupil’s previous school',
    hint: 'An .xml file, usually from the DfE’s School to School service (S2S)',
  },
];

const idFor = (key: string) => (key === 'csv' ? CSV_FILE_ID : key === 'file' ? CTF_FILE_ID : key);

/**
 * `/pupils/import` (school administrator, headteacher, DSL team): pupils from the MIS as CSV, or
 * from a previous school as a CTF. Either file is checked before anything changes, and is held
 * in memory only.
 */
export function ImportPupilsPage() {
  const form = useFormErrors();
  const [kind, setKind] = useState<Kind>('csv');
  // Hidden while an import runs and after it: "Import another file" starts again.
  const [locked, setLocked] = useState(false);
  usePageTitle('Import pupils', form.hasErrors);

  const chooser = locked ? null : (
    <Radios
      id="import-kind"
      legend="What kind of file is it?"
      legendClassName="govuk-fieldset__legend--s"
      options={KINDS}
      value={kind}
      onChange={(next) => {
        form.show({});
        setKind(next === 'ctf' ? 'ctf' : 'csv');
      }}
    />
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/pupils">Pupils</BackLink>
        <PageHeading>Import pupils</PageHeading>
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
        {chooser}
        {/* Each kind keeps its own file and check: changing kind starts again. */}
        {kind === 'csv' ? (
          <CsvImport key="csv" form={form} onLock={setLocked} />
        ) : (
          <CtfImport key="ctf" form={form} onLock={setLocked} />
        )}
        <p className="govuk-body">
          Dates of birth and UPNs that imports held back are in{' '}
          <Link to="/pupils/changes" className="govuk-link">
            changes to review
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
