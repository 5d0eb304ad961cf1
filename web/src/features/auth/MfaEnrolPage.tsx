import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { meKey } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { ProblemPage } from '../../components/ProblemPage';
import { StageGate } from '../../components/StageGate';
import { usePageTitle } from '../../components/usePageTitle';
import { EnrolForm } from './EnrolForm';
import { RecoveryCodes } from './RecoveryCodes';
import { useEnrolmentStart } from './useEnrolmentStart';

function Enrol() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { enrolment, error } = useEnrolmentStart();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  usePageTitle('Set up your authenticator app');

  async function finish() {
    await queryClient.resetQueries({ queryKey: meKey });
    await navigate('/', { replace: true });
  }

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={() => void finish()} />;
  if (error) return <ProblemPage error={error} />;
  if (!enrolment) return <Loading what="your set-up key" />;
  return <EnrolForm enrolment={enrolment} onConfirmed={setRecoveryCodes} />;
}

export function MfaEnrolPage() {
  return (
    <StageGate
      allow={(me) => me.stage === 'mfa_enrol' || (me.stage === 'signed_in' && !me.user.mfaEnrolled)}
    >
      {() => <Enrol />}
    </StageGate>
  );
}
