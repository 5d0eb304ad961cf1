import { useEffect, useRef } from 'react';

/**
 * For content that replaces a form in place (no route change): focus its heading, so keyboard
 * and screen reader users are taken to the result. The element needs tabIndex={-1}.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
