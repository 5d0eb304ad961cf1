import type { ConcernDetail } from '../../api/types';
import { Details } from '../../components/Details';
import { formatDateTimeShort } from '../../lib/dates';
import { TextForm } from '../concerns/TextForm';
import { useConcernAction } from './useConcernAction';

/** Later information and corrections: added beside the original, never changing it. */
export function AddendaSection({ concern }: { concern: ConcernDetail }) {
  const act = useConcernAction(concern.id);
  return (
    <section aria-labelledby="addenda-heading">
      <h2 className="govuk-heading-m" id="addenda-heading">
        Added information
      </h2>
      {concern.addenda.length === 0 ? (
        <p className="govuk-body">Nothing added since it was recorded.</p>
      ) : (
        <ul className="govuk-list haven-timeline">
          {concern.addenda.map((a) => (
            <li key={a.id} className="haven-timeline__item">
              <p className="govuk-body haven-pre-wrap govuk-!-margin-bottom-1">{a.text}</p>
              <p className="govuk-body-s haven-secondary-text">
                {a.author.fullName}, {formatDateTimeShort(a.at)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Details summary="Add information">
        <TextForm
          id="addendum-text"
          field="text"
          label="What do you want to add?"
          submitLabel="Add information"
          emptyError="Enter the information you want to add"
          doneMessage="Information added"
          onSubmit={(text) => act('/addenda', { text })}
        />
      </Details>
    </section>
  );
}
