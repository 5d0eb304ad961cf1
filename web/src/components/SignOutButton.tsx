import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { leaveSession } from '../session';

export function SignOutButton() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function signOut() {
    if (busy) return;
    setBusy(true);
    try {
      await api.post<undefined>('/api/auth/sign-out', undefined, { quietAuth: true });
    } catch {
      // Signed out already, or the server is unreachable: either way, leave the signed-in pages.
    }
    await leaveSession(queryClient, navigate, 'signed-out');
    setBusy(false);
  }

  return (
    <button type="button" className="haven-header__sign-out" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
