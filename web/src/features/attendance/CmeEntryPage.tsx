import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SummaryList } from '../../components/SummaryList';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime } from '../../lib/dates';
import { errorsFromApi } from '../../lib/formErrors';
import { CmeActionForm } from './CmeActionForm';
import { useCmeEntry } from './queries';

function CloseForm({ entryId, onDone }: { entryId: string; onDone: (t: string) => void }) {
  const form = useFormErrors();
  const [outcome, setOutcome] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome.trim()) {
      form.show({ outcome: 'Say where the child is now, or why the entry is closed' });
      return;
    }
    try {
      await api.post(`/api/cme/${encodeURIComponent(entryId)}/close`, { outcome: outcome.trim() });
      onDone('Removed from the register');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => f === 'outcome'));
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary
        errors={form.errors}
        focusKey={form.focusKey}
        idFor={() => 'cme-close-outcome'}
      />
      <TextArea
        id="cme-close-outcome"
        label="Where is the child now?"
        value={outcome}
        onChange={setOutcome}
        error={form.errors.outcome}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--warning">
        Remove from the register
      </button>
    </form>
  );
}

/** `/cme/:id`: one child missing education, every step taken, and closing the entry. */
export function CmeEntryPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useCmeEntry(id);
  const [notice, setNotice] = useState({ key: 0, text: '' });
  const entry = query.data?.data;
  usePageTitle(entry ? `Missing education: ${entry.pupilName}` : 'Missing education');
  if (query.isError) return <ProblemPage error={query.error} />;
  if (!entry) return <Loading what="the entry" />;
  const done = async (text: string) => {
    await queryClient.invalidateQueries({ queryKey: ['cme'] });
    setNotice((n) => ({ key: n.key + 1, text }));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/cme">Back to the register</BackLink>
        <Notice noticeKey={notice.key} text={notice.text} />
        <PageHeading caption="Child missing education">{entry.pupilName}</PageHeading>
        <SummaryList
          rows={[
            { key: 'seen', label: 'Last seen', value: formatDate(entry.lastSeenOn) },
            { key: 'why', label: 'Why', value: entry.reason },
            {
              key: 'added',
              label: 'Added',
              value: `${formatDateTime(entry.openedAt)} by ${entry.openedBy}`,
            },
            ...(entry.closedAt
              ? [
                  {
                    key: 'closed',
                    label: 'Accounted for',
                    value: `${formatDateTime(entry.closedAt)}: ${entry.closeOutcome ?? ''}`,
                  },
                ]
              : []),
          ]}
        />
        <h2 className="govuk-heading-m">What has been done</h2>
        {entry.actions.length === 0 ? (
          <p className="govuk-body">Nothing recorded yet.</p>
        ) : (
          <ul className="govuk-list" data-testid="cme-actions">
            {entry.actions.map((a) => (
              <li key={a.id}>
                <strong>{a.kindLabel}</strong>, {formatDateTime(a.at)}, by {a.doneBy}: {a.outcome}
              </li>
            ))}
          </ul>
        )}
        {!entry.closedAt ? (
          <>
            <h2 className="govuk-heading-m">Record an action</h2>
            <CmeActionForm entryId={entry.id} onDone={(t) => void done(t)} />
            <h2 className="govuk-heading-m">The child is found</h2>
            <CloseForm entryId={entry.id} onDone={(t) => void done(t)} />
          </>
        ) : null}
      </div>
    </div>
  );
}
