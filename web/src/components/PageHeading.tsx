import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

// The first page load keeps focus at the top of the document (so the skip link comes first);
// after each in-app navigation the new page's heading takes focus.
let lastFocusedKey = 'default';

interface Props {
  children: ReactNode;
  caption?: ReactNode;
  size?: 'xl' | 'l' | 'm';
}

export function PageHeading({ children, caption, size = 'l' }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    if (lastFocusedKey === key) return;
    lastFocusedKey = key;
    ref.current?.focus();
  }, [key]);

  return (
    <h1 className={`govuk-heading-${size} haven-page-heading`} tabIndex={-1} ref={ref}>
      {caption ? <span className={`govuk-caption-${size}`}>{caption}</span> : null}
      {children}
    </h1>
  );
}
