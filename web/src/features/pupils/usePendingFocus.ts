import { useEffect, useState } from 'react';

/** Focus an element by id after the next render (for inputs that a button has just added). */
export function usePendingFocus(): (id: string) => void {
  const [pending, setPending] = useState<string | undefined>();
  useEffect(() => {
    if (!pending) return;
    document.getElementById(pending)?.focus();
    setPending(undefined);
  }, [pending]);
  return setPending;
}
