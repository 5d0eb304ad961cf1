import { useCallback, useState } from 'react';
import type { Agency } from '../../api/types';
import { Tag } from '../../components/Tag';
import { RenameAgencyForm } from './RenameAgencyForm';
import { agencyDomId } from './queries';

interface Props {
  agency: Agency;
  agencies: readonly Agency[];
  onRename: (label: string) => Promise<void>;
  onToggle: () => Promise<void>;
  /** Told whether this row's form is showing errors (a stable function, keyed by code). */
  onErrors: (code: string, showing: boolean) => void;
}

const compact = 'govuk-button govuk-button--secondary haven-button--compact';

/**
 * One agency: its name, "Hidden" in words when it is not offered, and what may be done with it.
 * Built-in agencies keep their names; the ones Haven's duties need are always shown.
 */
export function AgencyRow({ agency, agencies, onRename, onToggle, onErrors }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const renameId = `rename-agency-button-${agencyDomId(agency.code)}`;
  const reportErrors = useCallback(
    (showing: boolean) => onErrors(agency.code, showing),
    [onErrors, agency.code],
  );

  async function toggle() {
    if (busy) return;
    setBusy(true);
    try {
      await onToggle();
    } finally {
      setBusy(false);
    }
  }

  function stopRenaming() {
    setRenaming(false);
    // Back to the button that opened the form.
    setTimeout(() => document.getElementById(renameId)?.focus(), 0);
  }

  return (
    <li className="haven-category" data-testid="agency">
      <span className="haven-category__name">
        <span className={agency.active ? undefined : 'haven-secondary-text'}>{agency.label}</span>{' '}
        {agency.active ? null : <Tag colour="grey">Hidden</Tag>}
      </span>
      {renaming ? (
        <RenameAgencyForm
          agency={agency}
          agencies={agencies}
          onCancel={stopRenaming}
          onErrors={reportErrors}
          onRename={async (label) => {
            await onRename(label);
            // The page's notice takes focus and says what changed.
            setRenaming(false);
          }}
        />
      ) : agency.required ? (
        <span className="haven-secondary-text">Always shown</span>
      ) : (
        <span className="haven-row-actions">
          {agency.builtIn ? null : (
            <button
              type="button"
              id={renameId}
              className={compact}
              onClick={() => setRenaming(true)}
            >
              Rename<span className="govuk-visually-hidden"> {agency.label}</span>
            </button>
          )}
          <button
            type="button"
            id={`toggle-agency-${agencyDomId(agency.code)}`}
            className={compact}
            onClick={() => void toggle()}
          >
            {agency.active ? 'Hide' : 'Show'}
            <span className="govuk-visually-hidden"> {agency.label}</span>
          </button>
        </span>
      )}
    </li>
  );
}
