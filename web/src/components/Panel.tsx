import type { ReactNode } from 'react';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  title: ReactNode;
  children?: ReactNode;
}

/** A confirmation panel that replaces a form; its heading is the page's <h1> and takes focus. */
export function Panel({ title, children }: Props) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title haven-page-heading" tabIndex={-1} ref={ref}>
        {title}
      </h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
