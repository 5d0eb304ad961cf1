import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { Deadline, DeadlineList, DeadlineScope } from '../../api/types';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { DeadlineFilters } from './DeadlineFilters';
import { DeadlineItem } from './DeadlineItem';
import { plural } from './format';
import { deadlineKeys, useDeadlines } from './queries';

function href(scope: DeadlineScope, state: DeadlineList, allScope: boolean): string {
  const params = new URLSearchParams();
  if (allScope && scope === 'mine') params.set('scope', 'mine');
  if (state === 'closed') params.set('state', 'closed');
  const query = params.toString();
  return `/deadlines${query ? `?${query}` : ''}`;
}

/**
 * `/deadlines`: statutory and local clocks, soonest first. The DSL team sees the school's, and
 * can narrow to their own; everyone else sees the ones they own.
 */
export function DeadlinesPage() {
  const { allowedActions } = useSession();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const allScope = can(allowedActions, 'deadline.readAll');
  const scope: DeadlineScope = allScope && params.get('scope') !== 'mine' ? 'school' : 'mine';
  const state: DeadlineList = params.get('state') === 'closed' ? 'closed' : 'watched';
  const list = useDeadlines(scope, state);
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  usePageTitle('Deadlines');

  async function waived(d: Deadline) {
    await queryClient.invalidateQueries({ queryKey: deadlineKeys.all });
    setNotice((n) => ({ key: n.key + 1, text: `Deadline waived: ${d.label}` }));
  }

  if (list.isError) return <ProblemPage error={list.error} />;
  const items = list.data?.data;
  const overdue = items?.filter(
    (d) => d.state !== 'met' && d.state !== 'waived' && (d.overdue || d.state === 'missed'),
  ).length;
  const whose = scope === 'school' ? 'the school’s' : 'your';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading>Deadlines</PageHeading>
        <p className="govuk-body">
          Time limits that the law or local procedure sets, worked out in working days (weekends and
          bank holidays do not count). Haven reminds the person whose deadline it is, then alerts
          others if it is missed.
        </p>
        {allScope ? (
          <DeadlineFilters
            label="Whose deadlines"
            current={scope}
            choices={[
              { value: 'school', label: 'Everyone’s' },
              { value: 'mine', label: 'Mine' },
            ]}
            hrefFor={(s) => href(s as DeadlineScope, state, allScope)}
          />
        ) : null}
        <DeadlineFilters
          label="Which deadlines"
          current={state}
          choices={[
            { value: 'watched', label: 'To do' },
            { value: 'closed', label: 'Done or waived' },
          ]}
          hrefFor={(s) => href(scope, s as DeadlineList, allScope)}
        />
        <h2 className="govuk-heading-m">
          {state === 'watched' ? 'To do' : 'Done or waived'}: {whose} deadlines
        </h2>
        {!items ? (
          <Loading what="deadlines" />
        ) : items.length === 0 ? (
          <p className="govuk-body">
            {state === 'watched' ? 'Nothing is due.' : 'No deadlines have been closed yet.'}
          </p>
        ) : (
          <>
            <p className="govuk-body" role="status">
              {plural(items.length, 'deadline', 'deadlines')}
              {state === 'watched' && overdue ? `, ${plural(overdue, 'overdue', 'overdue')}` : ''}
            </p>
            <ol
              className="govuk-list haven-chronology"
              aria-label={state === 'watched' ? 'Deadlines, soonest first' : 'Closed deadlines'}
            >
              {items.map((d, index) => (
                <DeadlineItem
                  key={d.id}
                  deadline={d}
                  index={index}
                  linkToFile={can(allowedActions, 'concern.triage')}
                  canWaive={can(allowedActions, 'deadline.waive')}
                  onWaived={waived}
                />
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
