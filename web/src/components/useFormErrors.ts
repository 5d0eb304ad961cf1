import { useState } from 'react';
import { hasErrors, type FormErrors } from '../lib/formErrors';

/** Errors of a form plus a counter that moves focus to the error summary on each failed submit. */
export function useFormErrors() {
  const [errors, setErrorsState] = useState<FormErrors>({});
  const [focusKey, setFocusKey] = useState(0);
  return {
    errors,
    focusKey,
    hasErrors: hasErrors(errors),
    /** Show these errors (empty clears them); returns true if there were any. */
    show(next: FormErrors): boolean {
      setErrorsState(next);
      if (hasErrors(next)) setFocusKey((k) => k + 1);
      return hasErrors(next);
    },
  };
}
