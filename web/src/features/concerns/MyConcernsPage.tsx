import { useState, type MouseEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { MyConcern } from '../../api/types';
import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTimeShort } from '../../lib/dates';
import { joinWords } from '../../lib/roles';
import { AttachmentUpload } from '../attachments/AttachmentUpload';
import { recorderStatus } from './labels';
import { MyActions } from './MyActions';
import { mayAskAgain, MyReconsiderations } from './MyReconsiderations';
import { concernKeys, concernPath, useMyConcerns } from './queries';
import { TextForm } from './TextForm';

const sectionId = (c: MyConcern) => `concern-${c.id}`;

function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  event.preventDefault();
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
}

function ConcernsTable({ concerns }: { concerns: MyConcern[] }) {
  return (
    <table className="govuk-table haven-responsive-table">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Concerns you recorded
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference
          </th>
          <th scope="col" className="govuk-table__header">
            Recorded
          </th>
          <th scope="col" className="govuk-table__header">
            Children
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {concerns.map((c) => {
          const status = recorderStatus(c.status);
          return (
            <tr className="govuk-table__row" key={c.id}>
              <th scope="row" className="govuk-table__header" data-label="Reference">
                <a
                  href={`#${sectionId(c)}`}
                  className="govuk-link"
                  onClick={(e) => jumpTo(e, sectionId(c))}
                >
                  {c.reference}
                </a>
              </th>
              <td className="govuk-table__cell" data-label="Recorded">
                {formatDateTimeShort(c.recordedAt)}
              </td>
              <td className="govuk-table__cell" data-label="Children">
                {joinWords(c.childNames)}
              </td>
              <td className="govuk-table__cell" data-label="Status">
                <Tag colour={status.colour}>{status.text}</Tag>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function FollowUp({ concern, refresh }: { concern: MyConcern; refresh: () => Promise<void> }) {
  const path = concernPath(concern.id);
  // The request form goes once a request waits, so its confirmation is said (and focused) here.
  const [asked, setAsked] = useState({ key: 0, text: '' });
  return (
    <section className="haven-follow-up" aria-labelledby={sectionId(concern)}>
      <h3 className="govuk-heading-s" id={sectionId(concern)} tabIndex={-1}>
        Concern {concern.reference}
      </h3>
      <p className="govuk-body-s">
        Record fingerprint: <code className="haven-code haven-hash">{concern.contentHash}</code>
      </p>
      <MyReconsiderations concern={concern} />
      <Details summary="Add information">
        <TextForm
          id={`addendum-${concern.id}`}
          field="text"
          label="What do you want to add?"
          hint="Something you remembered, or a correction. What you sent before is kept as it was."
          submitLabel="Add information"
          emptyError="Enter the information you want to add"
          doneMessage="Information added. The DSL can see it."
          onSubmit={async (text) => {
            await api.post(`${path}/addenda`, { text });
            await refresh();
          }}
        />
      </Details>
      <Details summary="Add a photo or document">
        <AttachmentUpload concernId={concern.id} id={`attachment-${concern.id}`} />
      </Details>
      <Notice noticeKey={asked.key} text={asked.text} />
      {mayAskAgain(concern) ? (
        <Details summary="Ask the DSL to reconsider">
          <TextForm
            id={`reconsider-${concern.id}`}
            field="reason"
            label="Why should the DSL look at this again?"
            hint="If you are still worried about the child, you can ask the DSL to think again."
            submitLabel="Ask the DSL to reconsider"
            emptyError="Enter why you are still worried"
            doneMessage="Your request has been sent to the DSL."
            onSubmit={async (reason) => {
              await api.post(`${path}/reconsider`, { reason });
              setAsked((n) => ({ key: n.key + 1, text: 'Your request has been sent to the DSL.' }));
              await refresh();
            }}
          />
        </Details>
      ) : null}
    </section>
  );
}

/** `/concerns/mine`: what the recorder sent, what is happening to it, and D19 reconsideration. */
export function MyConcernsPage() {
  const queryClient = useQueryClient();
  const mine = useMyConcerns();
  usePageTitle('My concerns');
  const refresh = () => queryClient.invalidateQueries({ queryKey: concernKeys.mine });

  if (mine.isError) return <ProblemPage error={mine.error} />;
  const concerns = mine.data?.data;
  return (
    <>
      <PageHeading>My concerns</PageHeading>
      <p className="govuk-body">
        Concerns you have recorded. Only the safeguarding team can see everything about a child.
      </p>
      <p className="govuk-body">
        <Link to="/concerns/new" className="govuk-button govuk-!-margin-bottom-0">
          Record a concern
        </Link>
      </p>
      <p className="govuk-body">
        <Link to="/concerns/drafts" className="govuk-link">
          Draft concerns
        </Link>
      </p>
      <MyActions />
      {!concerns ? (
        <Loading what="your concerns" />
      ) : concerns.length === 0 ? (
        <p className="govuk-body">You have not recorded any concerns yet.</p>
      ) : (
        <>
          <h2 className="govuk-heading-m">Concerns you recorded</h2>
          {mine.data?.meta.more === true ? (
            <p className="govuk-body" data-testid="older-left-out">
              These are the {concerns.length} you recorded most recently. For an older one, ask the
              designated safeguarding lead.
            </p>
          ) : null}
          <ConcernsTable concerns={concerns} />
          <h2 className="govuk-heading-m">Follow up</h2>
          {concerns.map((c) => (
            <FollowUp key={c.id} concern={c} refresh={refresh} />
          ))}
        </>
      )}
    </>
  );
}
