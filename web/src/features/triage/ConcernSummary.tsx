import type { ConcernDetail } from '../../api/types';
import { NotGiven, SummaryList } from '../../components/SummaryList';
import { formatDateTimeShort } from '../../lib/dates';

interface Props {
  concern: ConcernDetail;
  ownerName: string | undefined;
}

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

export function ConcernSummary({ concern, ownerName }: Props) {
  const c = concern;
  return (
    <SummaryList
      rows={[
        {
          key: 'recorded',
          label: 'Recorded',
          value: `${formatDateTimeShort(c.recordedAt)} by ${c.recordedBy.fullName}`,
        },
        {
          key: 'when',
          label: 'When it happened',
          value: c.incidentAt ? formatDateTimeShort(c.incidentAt) : <NotGiven />,
        },
        { key: 'where', label: 'Where', value: c.narrative?.location || <NotGiven /> },
        {
          key: 'kind',
          label: 'Type',
          value: c.kind === 'wellbeing' ? 'Wellbeing note' : 'Safeguarding concern',
        },
        { key: 'category', label: 'Category', value: c.primaryCategory?.label ?? <NotGiven /> },
        {
          key: 'tags',
          label: 'Other categories',
          value: c.tags.length ? c.tags.map((t) => t.label).join(', ') : <NotGiven />,
        },
        { key: 'risk', label: 'Immediate risk', value: yesNo(c.immediateRisk) },
        { key: 'dsl', label: 'Recorder spoke to the DSL', value: yesNo(c.spokeToDsl) },
        {
          key: 'ack',
          label: 'Acknowledged',
          value: c.acknowledgedAt ? formatDateTimeShort(c.acknowledgedAt) : 'Not yet',
        },
        {
          key: 'owner',
          label: 'Handled by',
          value: c.ownerId ? (ownerName ?? 'Someone in the DSL team') : 'Nobody yet',
        },
      ]}
    />
  );
}
