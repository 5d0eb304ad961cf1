/** A short confirmation after a small form on a page succeeds, read out by screen readers. */
export function SuccessMessage({ text }: { text: string | undefined }) {
  return (
    <p className="govuk-body haven-success" role="status">
      {text ?? ''}
    </p>
  );
}
