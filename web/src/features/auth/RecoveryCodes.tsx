import { Panel } from '../../components/Panel';
import { usePageTitle } from '../../components/usePageTitle';
import { WarningText } from '../../components/WarningText';

interface Props {
  codes: string[];
  onDone: () => void;
}

export function RecoveryCodes({ codes, onDone }: Props) {
  usePageTitle('Save your recovery codes');
  return (
    <>
      <Panel title="Your authenticator app is set up" />
      <h2 className="govuk-heading-l">Save your recovery codes</h2>
      <p className="govuk-body">
        If you lose your phone, you can sign in with one of these codes instead of a code from the
        app. Each code works once.
      </p>
      <WarningText>
        You will not be shown these codes again. Write them down or print them, and keep them
        somewhere safe, away from your phone. Do not store them on a shared computer.
      </WarningText>
      <ul className="govuk-list haven-recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="haven-code">{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="govuk-button" onClick={onDone}>
        I have saved my recovery codes
      </button>
    </>
  );
}
