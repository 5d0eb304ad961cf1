import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

/** Asks the server for a new TOTP secret once per visit (React StrictMode runs effects twice). */
export function useEnrolmentStart() {
  const started = useRef(false);
  const [enrolment, setEnrolment] = useState<Enrolment | undefined>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    api.post<Enrolment>('/api/auth/mfa/enrol/start').then(
      (response) => setEnrolment(response.data),
      (e: unknown) => setError(e),
    );
  }, []);

  return { enrolment, error };
}
