import { Link } from 'react-router';

/**
 * For every member of staff: record a referral made without the DSL (D20), or a report of FGM
 * to the police (D13). Both tell the DSL team at once.
 */
export function OwnReferrals() {
  return (
    <section aria-labelledby="own-referrals">
      <h2 className="govuk-heading-m" id="own-referrals">
        If you made a referral yourself
      </h2>
      <ul className="govuk-list">
        <li>
          <Link to="/referrals/self" className="govuk-link">
            I referred a child to social care myself (the DSL was not available)
          </Link>
        </li>
        <li>
          <Link to="/referrals/fgm" className="govuk-link">
            I have reported a known case of FGM to the police
          </Link>
        </li>
      </ul>
    </section>
  );
}
