import type { ConductVersion } from '../../api/types';
import { paragraphsOf, ukDate } from './format';

/** One version of the code: its title, version and date, then its text as paragraphs. */
export function ConductText({ version }: { version: ConductVersion }) {
  return (
    <section aria-labelledby="conduct-title" data-testid="conduct-text">
      <h2 className="govuk-heading-m haven-break" id="conduct-title">
        {version.title}
      </h2>
      <p className="govuk-body-s haven-secondary-text" data-testid="conduct-version">
        Version {String(version.version)}, published on {ukDate(version.publishedAt)} by{' '}
        {version.publishedBy.fullName}
      </p>
      {paragraphsOf(version.body).map((text, i) => (
        <p className="govuk-body haven-pre-wrap" key={i}>
          {text}
        </p>
      ))}
    </section>
  );
}
