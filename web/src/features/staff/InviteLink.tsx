import { useState } from 'react';
import { Panel } from '../../components/Panel';

interface Props {
  title: string;
  name: string;
  link: string;
}

/** An invite link is shown once: the server keeps only a hash of its token. */
export function InviteLink({ title, name, link }: Props) {
  const [copied, setCopied] = useState(false);

  function copy() {
    navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <>
      <Panel title={title}>
        <p className="haven-panel-text">Give this link to {name}. It works once, for 7 days.</p>
        <code className="haven-invite-link" data-testid="invite-link">
          {link}
        </code>
      </Panel>
      <p className="govuk-body">
        You will not see this link again. Give it to {name} in person or by a message only they can
        read. If it is lost or expires, create a new invite link from their staff page.
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={copy}>
        Copy link
      </button>
      <p className="govuk-body" role="status">
        {copied ? 'The link has been copied.' : ''}
      </p>
    </>
  );
}
