import type { MouseEvent } from 'react';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main-content');
  if (!main) return;
  // Move focus ourselves: letting the browser follow "#main-content" would change the URL.
  event.preventDefault();
  main.focus();
  main.scrollIntoView({ block: 'start' });
}

export function SkipLink() {
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={skipToMain}>
      Skip to main content
    </a>
  );
}
