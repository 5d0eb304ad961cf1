import type { ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
}

/** govuk-details: a native <details>, so it opens and closes without any script. */
export function Details({ summary, children, open, id }: Props) {
  return (
    <details className="govuk-details" open={open} id={id}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
