import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { ConcernDraft } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SuccessMessage } from '../../components/SuccessMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTimeShort } from '../../lib/dates';
import { joinWords } from '../../lib/roles';
import { concernKeys, useDrafts } from './queries';

function describe(draft: ConcernDraft): string {
  const names = (draft.input.children ?? []).map((c) => c.displayName).filter(Boolean);
  return names.length ? joinWords(names as string[]) : 'No child chosen yet';
}

/** `/concerns/drafts`: concerns started but not sent, kept on the server. */
export function DraftsPage() {
  const queryClient = useQueryClient();
  const drafts = useDrafts();
  const [message, setMessage] = useState<string | undefined>();
  usePageTitle('Draft concerns');

  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/concerns/drafts/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      setMessage('Draft deleted.');
      await queryClient.invalidateQueries({ queryKey: concernKeys.drafts });
      document.getElementById('drafts-heading')?.focus();
    },
    onError: (error) => setMessage(error.message),
  });

  if (drafts.isError) return <ProblemPage error={drafts.error} />;
  const list = drafts.data?.data;
  return (
    <>
      <PageHeading>Draft concerns</PageHeading>
      <p className="govuk-body">
        Drafts are not sent to the DSL. If a child is at risk, send the concern now.
      </p>
      <SuccessMessage text={message} />
      <h2 className="govuk-heading-m" id="drafts-heading" tabIndex={-1}>
        Your drafts
      </h2>
      {!list ? (
        <Loading what="drafts" />
      ) : list.length === 0 ? (
        <p className="govuk-body">You have no drafts.</p>
      ) : (
        <table className="govuk-table haven-responsive-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Your drafts</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Children
              </th>
              <th scope="col" className="govuk-table__header">
                Last saved
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.map((d, index) => (
              <tr className="govuk-table__row" key={d.id}>
                <th scope="row" className="govuk-table__header" data-label="Children">
                  {describe(d)}
                </th>
                <td className="govuk-table__cell" data-label="Last saved">
                  {formatDateTimeShort(d.updatedAt)}
                </td>
                <td className="govuk-table__cell" data-label="Actions">
                  <div className="haven-row-actions">
                    <Link
                      to={`/concerns/new?draft=${encodeURIComponent(d.id)}`}
                      className="govuk-link"
                    >
                      Continue
                      <span className="govuk-visually-hidden">
                        {' '}
                        draft {index + 1} ({describe(d)})
                      </span>
                    </Link>
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning haven-button--compact"
                      onClick={() => {
                        if (!remove.isPending) remove.mutate(d.id);
                      }}
                    >
                      Delete
                      <span className="govuk-visually-hidden">
                        {' '}
                        draft {index + 1} ({describe(d)})
                      </span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="govuk-body">
        <Link to="/concerns/new" className="govuk-link">
          Start a new concern
        </Link>
      </p>
    </>
  );
}
