import type { Disclosure } from '../../api/types';
import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { ParentsForm } from './ParentsForm';
import type { PupilOption } from './PupilChoice';
import { useDisclosures, useReferralOptions, type Links } from './queries';
import { SharingForm } from './SharingForm';

interface Props {
  links: Links;
  pupils: PupilOption[];
  concernId: string | null;
  onResult: (text: string, error?: boolean) => void;
}

function Entry({ d, childName }: { d: Disclosure; childName: string | undefined }) {
  const who = `${d.by.fullName}, ${formatDateTimeShort(d.at)}`;
  if (d.kind === 'parents') {
    const told = d.decision === 'told';
    return (
      <>
        <p className="govuk-body govuk-!-margin-bottom-1">
          <Tag colour={told ? 'green' : 'orange'}>
            {told ? 'Parents or carers told' : 'Parents or carers not told'}
          </Tag>
          {childName ? ` ${childName}` : null}
        </p>
        {told ? (
          <p className="govuk-body govuk-!-margin-bottom-1">Told by {d.details.whoTold}</p>
        ) : (
          <>
            <p className="govuk-body govuk-!-margin-bottom-1">{d.basisLabel}</p>
            {d.details.reason ? (
              <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap">
                {d.details.reason}
              </p>
            ) : null}
          </>
        )}
        <p className="govuk-body-s haven-secondary-text">{who}</p>
      </>
    );
  }
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Tag colour="blue">Information shared</Tag> with <strong>{d.details.sharedWith}</strong>
        {childName ? ` (${childName})` : null}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap">What: {d.details.what}</p>
      <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap">Why: {d.details.why}</p>
      <p className="govuk-body govuk-!-margin-bottom-1">Lawful basis: {d.basisLabel}</p>
      <p className="govuk-body-s haven-secondary-text">{who}</p>
    </>
  );
}

/** D18 and D37 on the concern: what parents were told, and what was shared with whom. */
export function DisclosuresSection({ links, pupils, concernId, onResult }: Props) {
  const disclosures = useDisclosures(links);
  const options = useReferralOptions();
  const list = disclosures.data?.data;
  const names = new Map(pupils.map((p) => [p.id, p.name]));
  return (
    <section aria-labelledby="disclosures-heading">
      <h2 className="govuk-heading-m" id="disclosures-heading">
        Parents and information sharing
      </h2>
      {disclosures.isError ? (
        <p className="govuk-body">These records could not be loaded. Try again later.</p>
      ) : !list ? (
        <Loading what="records" />
      ) : list.length === 0 ? (
        <p className="govuk-body">
          Nothing recorded yet about telling parents or carers, or sharing information.
        </p>
      ) : (
        <ul className="govuk-list haven-timeline" aria-label="Parents and information sharing">
          {list.map((d) => (
            <li key={d.id} className="haven-timeline__item">
              <Entry d={d} childName={pupils.length > 1 ? names.get(d.pupilId) : undefined} />
            </li>
          ))}
        </ul>
      )}
      {options.data && pupils.length ? (
        <>
          <Details summary="Record whether parents or carers were told">
            <ParentsForm
              pupils={pupils}
              concernId={concernId}
              options={options.data.data}
              onDone={(text) => onResult(text)}
            />
          </Details>
          <Details summary="Record information shared">
            <SharingForm
              pupils={pupils}
              concernId={concernId}
              options={options.data.data}
              onDone={(text) => onResult(text)}
            />
          </Details>
        </>
      ) : null}
    </section>
  );
}
