import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import type { IdentityFlag } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SummaryList } from '../../components/SummaryList';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTimeShort } from '../../lib/dates';
import { CHANGE_LABELS, changeInWords, changes, sourceLabel, valueOf } from './labels';
import { resolveFlag, useIdentityFlags, useRefreshPupils } from './queries';

type Resolution = 'accepted' | 'dismissed';

function FlagCard({
  flag,
  busy,
  onDecide,
}: {
  flag: IdentityFlag;
  busy: boolean;
  onDecide: (resolution: Resolution) => void;
}) {
  const what = changeInWords(flag.change);
  const forWhom = ` the new ${what} for ${flag.pupilName}`;
  return (
    <li className="govuk-summary-card" data-testid="identity-flag">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">
          <Link to={`/pupils/${encodeURIComponent(flag.pupilId)}`} className="govuk-link">
            {flag.pupilName}
          </Link>
          : {what}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'what', label: 'What changed', value: CHANGE_LABELS[flag.change] },
            {
              key: 'change',
              label: 'On the record → in the file',
              value: (
                <>
                  {valueOf(flag.change, flag.currentValue)} <span aria-hidden="true">→</span>
                  <span className="govuk-visually-hidden">changes to</span>{' '}
                  <strong>{valueOf(flag.change, flag.incomingValue)}</strong>
                </>
              ),
            },
            { key: 'source', label: 'From', value: `An import from a ${sourceLabel(flag.source)}` },
            { key: 'when', label: 'Held back', value: formatDateTimeShort(flag.createdAt) },
          ]}
        />
        <div className="govuk-button-group">
          <button
            type="button"
            id={`accept-${flag.id}`}
            className="govuk-button"
            aria-disabled={busy || undefined}
            onClick={() => onDecide('accepted')}
          >
            Accept<span className="govuk-visually-hidden">{forWhom}</span>
          </button>
          <button
            type="button"
            id={`dismiss-${flag.id}`}
            className="govuk-button govuk-button--secondary"
            aria-disabled={busy || undefined}
            onClick={() => onDecide('dismissed')}
          >
            Dismiss<span className="govuk-visually-hidden">{forWhom}</span>
          </button>
        </div>
      </div>
    </li>
  );
}

/**
 * `/pupils/changes` (those who import pupils): a different date of birth or UPN in an imported
 * file is not applied by itself, because it may be a mistake or another child. A person accepts
 * it (the record takes the file's row) or dismisses it (the record stays).
 */
export function ChangesPage() {
  const flags = useIdentityFlags();
  const refresh = useRefreshPupils();
  const [deciding, setDeciding] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  usePageTitle('Changes to review');
  const say = (text: string, error = false) => setNotice((n) => ({ key: n.key + 1, text, error }));

  async function decide(flag: IdentityFlag, resolution: Resolution) {
    if (deciding) return;
    setDeciding(flag.id);
    const what = changeInWords(flag.change);
    try {
      await resolveFlag(flag.id, resolution);
      await refresh();
      say(
        resolution === 'accepted'
          ? `Accepted: ${flag.pupilName}’s ${what} is now ${valueOf(flag.change, flag.incomingValue)}.`
          : `Dismissed: ${flag.pupilName}’s ${what} stays ${valueOf(flag.change, flag.currentValue)}.`,
      );
    } catch (error) {
      await refresh();
      say(
        error instanceof ApiError && error.code === 'CONFLICT'
          ? `Someone has already decided on ${flag.pupilName}’s ${what}.`
          : error instanceof Error
            ? error.message
            : 'Something went wrong. Try again later.',
        true,
      );
    } finally {
      setDeciding(null);
    }
  }

  if (flags.isError) return <ProblemPage error={flags.error} />;
  const list = flags.data?.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/pupils">Pupils</BackLink>
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading>Changes to review</PageHeading>
        <p className="govuk-body">
          An import does not change a pupil’s date of birth or UPN by itself: the file may be wrong,
          or the row may be a different child. Accept a change to update the pupil’s record from
          that row of the file; dismiss it to keep the record as it is.
        </p>
        {!list ? (
          <Loading what="changes to review" />
        ) : list.length === 0 ? (
          <p className="govuk-body">
            There are no changes to review.{' '}
            <Link to="/pupils/import" className="govuk-link">
              Import pupils
            </Link>
          </p>
        ) : (
          <>
            <p className="govuk-body">{changes(list.length)} to review, oldest first.</p>
            <ul className="govuk-list" aria-label="Changes to review">
              {list.map((f) => (
                <FlagCard
                  key={f.id}
                  flag={f}
                  busy={deciding !== null}
                  onDecide={(r) => void decide(f, r)}
                />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
