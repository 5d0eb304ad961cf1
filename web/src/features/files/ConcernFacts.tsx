import type { ChronologyConcern } from '../../api/types';
import { NotGiven, SummaryList, type SummaryRow } from '../../components/SummaryList';
import { formatDateTimeShort } from '../../lib/dates';
import { childRoleLabel } from '../concerns/labels';

const text = (t: string) => <span className="haven-pre-wrap">{t}</span>;

/**
 * What a concern recorded, in the child's chronology: enough to follow the file without opening
 * each concern, which a colleague given the file cannot. The child's own words are set apart in
 * a quote, as on the concern itself. Empty parts of the account are left out.
 */
export function ConcernFacts({ concern: c }: { concern: ChronologyConcern }) {
  const a = c.account;
  const account: SummaryRow[] = a
    ? [
        ...(a.childWords
          ? [
              {
                key: 'words',
                label: 'What the child said',
                value: (
                  <blockquote className="haven-quote haven-pre-wrap">{a.childWords}</blockquote>
                ),
              },
            ]
          : []),
        { key: 'observed', label: 'What was seen, heard or done', value: text(a.observed) },
        ...(a.actionTaken
          ? [{ key: 'action', label: 'Action already taken', value: text(a.actionTaken) }]
          : []),
        ...(a.riskFactors
          ? [{ key: 'risk-factors', label: 'Risk factors', value: text(a.riskFactors) }]
          : []),
        ...(a.protectiveFactors
          ? [{ key: 'protective', label: 'Protective factors', value: text(a.protectiveFactors) }]
          : []),
      ]
    : [
        {
          key: 'account',
          label: 'What was recorded',
          value: 'The words of this concern cannot be shown.',
        },
      ];
  return (
    <SummaryList
      noBorder
      rows={[
        { key: 'category', label: 'Category', value: c.category },
        { key: 'when', label: 'When it happened', value: formatDateTimeShort(c.incidentAt) },
        { key: 'where', label: 'Where', value: c.location ? text(c.location) : <NotGiven /> },
        { key: 'role', label: 'This child', value: childRoleLabel(c.role) },
        {
          key: 'immediate',
          label: 'Immediate risk',
          value: c.immediateRisk ? <strong>Yes</strong> : 'No',
        },
        ...account,
      ]}
    />
  );
}
