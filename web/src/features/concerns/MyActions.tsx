import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { MyAction } from '../../api/types';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../lib/dates';
import { concernKeys, useMyActions } from './queries';

/**
 * The actions the DSL team has given this person (D30): what each asks and by when, and a way to
 * say it is done. Nothing else of the concern is shown to someone outside the team.
 */
export function MyActions() {
  const actions = useMyActions();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState({ key: 0, text: '', error: false });
  const list = actions.data?.data;
  // Stays after the last is done, so the notice saying so is still there to read.
  if (!list || (!list.length && notice.key === 0)) return null;

  async function done(a: MyAction) {
    try {
      await api.post(
        `/api/concerns/${encodeURIComponent(a.concernId)}/actions/${encodeURIComponent(a.id)}/done`,
      );
      await queryClient.invalidateQueries({ queryKey: concernKeys.myActions });
      setNotice((n) => ({
        key: n.key + 1,
        text: 'Action marked done. The DSL team can see it.',
        error: false,
      }));
    } catch (error) {
      const text = error instanceof Error ? error.message : 'Something went wrong';
      setNotice((n) => ({ key: n.key + 1, text, error: true }));
    }
  }

  return (
    <section aria-labelledby="my-actions-heading">
      <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
      <h2 className="govuk-heading-m" id="my-actions-heading">
        Actions for you
      </h2>
      {list.length === 0 ? <p className="govuk-body">You have no actions left to do.</p> : null}
      {list.length ? (
        <ul className="govuk-list" data-testid="my-actions">
          {list.map((a) => (
            <li key={a.id} className="haven-follow-up">
              <p className="govuk-body govuk-!-margin-bottom-1">{a.description}</p>
              <p className="govuk-body-s haven-secondary-text">
                By {formatDate(a.dueOn)}, on concern {a.concernReference}
              </p>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => void done(a)}
              >
                Mark done<span className="govuk-visually-hidden">: {a.description}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
