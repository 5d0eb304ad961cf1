import { Link } from 'react-router';
import { gapsInWords } from './labels';
import { useContactGaps } from './queries';

/** Home page: how many pupils have fewer than two emergency numbers (D11); nothing when none. */
export function ContactGapsCount() {
  const gaps = useContactGaps();
  const count = gaps.data?.data.length;
  if (!count) return null;
  return (
    <div className="govuk-inset-text" data-testid="contact-gaps-home">
      <p className="govuk-body">
        <Link to="/pupils/contact-gaps" className="govuk-link">
          {gapsInWords(count)}
        </Link>
      </p>
    </div>
  );
}
