import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CmeEntry } from '../../api/types';
import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/dates';
import { CmeOpenForm } from './CmeOpenForm';
import { useCmeList } from './queries';

function Register({ entries, caption }: { entries: CmeEntry[]; caption: string }) {
  return (
    <table className="govuk-table" data-testid="cme-register">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Child
          </th>
          <th scope="col" className="govuk-table__header">
            Last seen
          </th>
          <th scope="col" className="govuk-table__header">
            Added by
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {entries.map((e) => (
          <tr className="govuk-table__row" key={e.id}>
            <th scope="row" className="govuk-table__header">
              <Link to={`/cme/${encodeURIComponent(e.id)}`} className="govuk-link">
                {e.pupilName}
              </Link>
            </th>
            <td className="govuk-table__cell">{formatDate(e.lastSeenOn)}</td>
            <td className="govuk-table__cell">{e.openedBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/cme` (DSL team): children whose whereabouts are unknown, and those since accounted for. */
export function CmePage() {
  usePageTitle('Children missing education');
  const queryClient = useQueryClient();
  const open = useCmeList('open');
  const closed = useCmeList('closed');
  const [notice, setNotice] = useState({ key: 0, text: '' });
  if (open.isError) return <ProblemPage error={open.error} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Notice noticeKey={notice.key} text={notice.text} />
        <PageHeading>Children missing education</PageHeading>
        <p className="govuk-body">
          Children whose whereabouts are unknown. Record every call, home visit and referral to the
          missing education service or the police: each goes into the child’s file.
        </p>
        {!open.data ? (
          <Loading what="the register" />
        ) : open.data.data.length === 0 ? (
          <p className="govuk-body">No child is on the register.</p>
        ) : (
          <Register entries={open.data.data} caption="Children whose whereabouts are unknown" />
        )}
        <Details summary="Add a child to the register">
          <CmeOpenForm
            onDone={(e) => {
              void queryClient.invalidateQueries({ queryKey: ['cme'] });
              setNotice((n) => ({ key: n.key + 1, text: `${e.pupilName} added to the register` }));
            }}
          />
        </Details>
        <h2 className="govuk-heading-m">Accounted for</h2>
        {closed.data?.data.length ? (
          <Register entries={closed.data.data} caption="Children since accounted for" />
        ) : (
          <p className="govuk-body">None yet.</p>
        )}
      </div>
    </div>
  );
}
