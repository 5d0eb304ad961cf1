import { InsetText } from '../../components/InsetText';
import { WarningText } from '../../components/WarningText';

export const WHISTLEBLOWING_PHONE = '0800 028 0285';

/** NSPCC whistleblowing advice line (D46), for anyone who feels they cannot raise it in school. */
export function Whistleblowing() {
  return (
    <p className="govuk-body" data-testid="whistleblowing">
      If you do not feel able to raise it in school, or you think it is not being dealt with
      properly, you can ring the NSPCC whistleblowing advice line on{' '}
      <a className="govuk-link" href="tel:08000280285">
        {WHISTLEBLOWING_PHONE}
      </a>{' '}
      (free to call).
    </p>
  );
}

/** What to do, and not do, when worried about an adult (D41, D46). */
export function RaiseGuidance() {
  return (
    <section aria-labelledby="raise-guidance" data-testid="raise-guidance">
      <h2 className="govuk-heading-m" id="raise-guidance">
        Before you start
      </h2>
      <WarningText>
        If a child is at immediate risk of harm, call 999 now. Then come back and record it here.
      </WarningText>
      <p className="govuk-body">
        Use this if you are worried about how an adult who works with children here has behaved: a
        member of staff, supply or agency staff, a volunteer, a contractor or a governor. Tell us
        even if it seems small.
      </p>
      <p className="govuk-body">
        It goes only to the headteacher, or to the chair of governors if it is about the
        headteacher. Nobody else at school can see it, and you will not see it again after you send
        it.
      </p>
      <InsetText>
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
          <li>Do not discuss it with the person it is about.</li>
          <li>
            Do not investigate it yourself or ask the child leading questions. Write down what you
            saw or heard.
          </li>
        </ul>
      </InsetText>
      <Whistleblowing />
    </section>
  );
}
