import { useQueryClient } from '@tanstack/react-query';
import type { Deadline } from '../../api/types';
import { Loading } from '../../components/Loading';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { DeadlineItem } from './DeadlineItem';
import { deadlineKeys, useDeadlines } from './queries';

interface Props {
  pupilId: string;
  onResult: (text: string, error?: boolean) => void;
}

/** On the child's file (DSL team): the clocks still running for this child. */
export function ChildDeadlines({ pupilId, onResult }: Props) {
  const { allowedActions } = useSession();
  const queryClient = useQueryClient();
  const list = useDeadlines('school', 'watched', pupilId);
  const items = list.data?.data;

  async function waived(d: Deadline) {
    await queryClient.invalidateQueries({ queryKey: deadlineKeys.all });
    onResult(`Deadline waived: ${d.label}`);
  }

  return (
    <section aria-labelledby="child-deadlines-heading">
      <h2 className="govuk-heading-m" id="child-deadlines-heading">
        Deadlines for this child
      </h2>
      {list.isError ? (
        <p className="govuk-body">Deadlines could not be loaded. Try again later.</p>
      ) : !items ? (
        <Loading what="deadlines" />
      ) : items.length === 0 ? (
        <p className="govuk-body">Nothing is due.</p>
      ) : (
        <ol
          className="govuk-list haven-chronology"
          aria-label="Deadlines for this child, soonest first"
        >
          {items.map((d, index) => (
            <DeadlineItem
              key={d.id}
              deadline={d}
              index={index}
              idPrefix="child-deadline"
              linkToFile={false}
              canWaive={can(allowedActions, 'deadline.waive')}
              onWaived={waived}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
