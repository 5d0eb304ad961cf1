import { InsetText } from '../../components/InsetText';
import { WarningText } from '../../components/WarningText';

/** D23 always; D09 when a chosen child has special educational needs or a disability. */
export function SafetyReminder({ sen }: { sen: boolean }) {
  return (
    <>
      <InsetText>
        <p className="govuk-body govuk-!-margin-bottom-0">
          <strong>Never promise a child that you will keep what they tell you secret.</strong>
        </p>
      </InsetText>
      {sen ? (
        <WarningText>
          This child has special educational needs or a disability. Do not assume that signs of
          abuse are caused by the disability: record what you see.
        </WarningText>
      ) : null}
    </>
  );
}
