import { formatLondonInstant } from '../calendar/format.ts';
import type { ChildRole, ConcernNarrative } from './concern.ts';
import type { FileConcernRow } from './ports.ts';

/** The words of a concern a chronology carries: never the body map, nor the other children. */
export type ConcernAccount = Pick<
  ConcernNarrative,
  'childWords' | 'observed' | 'actionTaken' | 'riskFactors' | 'protectiveFactors'
>;

/** A concern as one child's chronology tells it (D31): what, when, where, their part, the account. */
export interface ChronologyConcern {
  kind: FileConcernRow['kind'];
  category: string;
  incidentAt: string;
  location: string;
  role: ChildRole;
  immediateRisk: boolean;
  /** Null once the child's file has been destroyed with its key. */
  account: ConcernAccount | null;
}

const ROLE_LABELS: Record<ChildRole, string> = {
  subject: 'Subject of concern',
  victim: 'Victim',
  alleged_perpetrator: 'Alleged perpetrator',
  witness: 'Witness',
  mentioned: 'Mentioned',
};

/**
 * The concern from its row and the narrative sealed for this child, every word passed through
 * `shown`: for a colleague let into this one file, that takes out the other children's names.
 */
export function chronologyConcern(
  row: FileConcernRow,
  narrative: ConcernNarrative | null,
  shown: (text: string) => string,
): ChronologyConcern {
  return {
    kind: row.kind,
    category: row.categoryLabel ?? 'Unknown',
    incidentAt: row.incidentAt,
    location: shown(narrative?.location ?? ''),
    role: row.role,
    immediateRisk: row.immediateRisk,
    account: narrative
      ? {
          childWords: shown(narrative.childWords),
          observed: shown(narrative.observed),
          actionTaken: shown(narrative.actionTaken),
          riskFactors: shown(narrative.riskFactors ?? ''),
          protectiveFactors: shown(narrative.protectiveFactors ?? ''),
        }
      : null,
  };
}

/** When it happened on a London clock; a year outside the calendar's range is shown as stored. */
function when(iso: string): string {
  try {
    return formatLondonInstant(Date.parse(iso));
  } catch {
    return iso;
  }
}

/**
 * The concern as plain text, for the entry's `text`: what the chronology's PDF prints under the
 * summary, so a printed chronology says what happened and not only a reference number.
 */
export function chronologyConcernText(c: ChronologyConcern): string {
  const facts = [
    `Category: ${c.category}`,
    `When: ${when(c.incidentAt)}`,
    ...(c.location ? [`Where: ${c.location}`] : []),
    `This child: ${ROLE_LABELS[c.role]}`,
    `Immediate risk: ${c.immediateRisk ? 'Yes' : 'No'}`,
  ].join('\n');
  const a = c.account;
  const parts = a
    ? [
        ['What the child said', a.childWords],
        ['What was seen, heard or done', a.observed],
        ['Action already taken', a.actionTaken],
        ['Risk factors', a.riskFactors],
        ['Protective factors', a.protectiveFactors],
      ].flatMap(([label, text]) => (text ? [`${label}:\n${text}`] : []))
    : [];
  return [facts, ...parts].join('\n\n');
}
