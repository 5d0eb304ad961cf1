import { InsetText } from '../../components/InsetText';
import { WarningText } from '../../components/WarningText';

/**
 * D23 always; D09 when a chosen child has special educational needs or a disability, or, for
 * someone Haven does not tell whether a child does (a visitor, a volunteer), in general terms.
 */
export function SafetyReminder({ sen }: { sen: 'yes' | 'unknown' | 'no' }) {
  return (
    <>
      <InsetText>
        <p className="govuk-body govuk-!-margin-bottom-0">
          <strong>Never promise a child that you will keep what they tell you secret.</strong>
        </p>
      </InsetText>
      {sen === 'yes' ? (
        <WarningText>
          This child has special educational needs or a disability. Do not assume that signs of
          abuse are caused by the disability: record what you see.
        </WarningText>
      ) : sen === 'unknown' ? (
        <WarningText>
          If the child has special educational needs or a disability, do not assume that signs of
          abuse are caused by the disability: record what you see.
        </WarningText>
      ) : null}
    </>
  );
}
