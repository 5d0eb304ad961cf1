import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { draftInput, hasContent, type ConcernValues } from './concernForm';
import { concernKeys } from './queries';

const AUTO_SAVE_MS = 30_000;

export interface DraftState {
  savedAt?: Date;
  /** Saved by the 30-second timer rather than the button. */
  auto?: boolean;
  nothingToSave?: boolean;
  error?: string;
}

/**
 * Keeps a server-side draft of the concern (never browser storage): every 30 seconds while
 * something has changed, when the button is pressed, and when the page is left mid-way.
 */
export function useDraftSaver(draftId: string, values: ConcernValues, initial: ConcernValues) {
  const queryClient = useQueryClient();
  const latest = useRef(values);
  const saved = useRef(hasContent(initial) ? JSON.stringify(draftInput(initial)) : '');
  const active = useRef(true);
  const [state, setState] = useState<DraftState>({});

  useEffect(() => {
    latest.current = values;
  }, [values]);

  const save = useCallback(
    async (auto: boolean): Promise<void> => {
      const v = latest.current;
      if (!active.current) return;
      if (!hasContent(v)) {
        if (!auto) setState({ nothingToSave: true });
        return;
      }
      const input = draftInput(v);
      const body = JSON.stringify(input);
      const changed = body !== saved.current;
      if (changed) {
        await api.put(
          `/api/concerns/drafts/${encodeURIComponent(draftId)}`,
          { input },
          { quietAuth: auto },
        );
        saved.current = body;
        void queryClient.invalidateQueries({ queryKey: concernKeys.drafts });
      }
      if (!auto || changed) setState({ savedAt: new Date(), auto });
    },
    [draftId, queryClient],
  );

  useEffect(() => {
    const timer = window.setInterval(() => {
      save(true).catch(() =>
        setState({ error: 'Your draft could not be saved automatically. Keep this page open.' }),
      );
    }, AUTO_SAVE_MS);
    return () => {
      window.clearInterval(timer);
      // Leaving the page part-way through: keep what was written.
      save(true).catch(() => undefined);
    };
  }, [save]);

  return {
    state,
    saveNow: () =>
      save(false).catch(() =>
        setState({ error: 'Your draft could not be saved. Check your connection and try again.' }),
      ),
    /** While sending (and after): no more saves. */
    pause: () => {
      active.current = false;
    },
    resume: () => {
      active.current = true;
    },
    /** Whether a draft with this id may exist on the server. */
    wasSaved: () => saved.current !== '',
  };
}
