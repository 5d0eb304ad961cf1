import { useState } from 'react';
import type { LevelOfNeed } from '../../api/types';
import { Tag } from '../../components/Tag';
import { NeedLevelForm } from './NeedLevelForm';

interface Props {
  level: LevelOfNeed;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange: (label: string, description: string) => Promise<void>;
  onMove: (by: -1 | 1) => Promise<void>;
  onToggle: () => Promise<void>;
}

const compact = 'govuk-button govuk-button--secondary haven-button--compact';

export function NeedLevelRow({ level, canMoveUp, canMoveDown, onChange, onMove, onToggle }: Props) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const changeId = `change-level-${level.id}`;
  const named = <span className="govuk-visually-hidden"> {level.label}</span>;

  async function once(step: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await step();
    } finally {
      setBusy(false);
    }
  }

  function stopEditing() {
    setEditing(false);
    // Back to the button that opened the form.
    setTimeout(() => document.getElementById(changeId)?.focus(), 0);
  }

  return (
    <li className="haven-category" data-testid="need-level">
      <span className="haven-category__name">
        <span className={level.active ? undefined : 'haven-secondary-text'}>{level.label}</span>{' '}
        {level.active ? null : <Tag colour="grey">Retired</Tag>}
        {level.description ? (
          <span className="govuk-body-s haven-secondary-text govuk-!-display-block">
            {level.description}
          </span>
        ) : null}
      </span>
      {editing ? (
        <NeedLevelForm
          idPrefix={`level-${level.id}`}
          initial={level}
          forWhom={level.label}
          submitText="Save changes"
          onCancel={stopEditing}
          onSubmit={async (label, description) => {
            await onChange(label, description);
            // The page's notice takes focus and says what changed.
            setEditing(false);
          }}
        />
      ) : (
        <span className="haven-row-actions">
          <button type="button" id={changeId} className={compact} onClick={() => setEditing(true)}>
            Change{named}
          </button>
          {canMoveUp ? (
            <button type="button" className={compact} onClick={() => void once(() => onMove(-1))}>
              Move up{named}
            </button>
          ) : null}
          {canMoveDown ? (
            <button type="button" className={compact} onClick={() => void once(() => onMove(1))}>
              Move down{named}
            </button>
          ) : null}
          <button type="button" className={compact} onClick={() => void once(onToggle)}>
            {level.active ? 'Retire' : 'Bring back'}
            {named}
          </button>
        </span>
      )}
    </li>
  );
}
