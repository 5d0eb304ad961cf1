import { useEffect } from 'react';

/** Sets the browser tab title, e.g. "Pupils – Haven". Never put a pupil's name or id in it. */
export function usePageTitle(title: string, withError = false): void {
  useEffect(() => {
    document.title = `${withError ? 'Error: ' : ''}${title} – Haven`;
  }, [title, withError]);
}
