import { useState } from 'react';
import type { Category } from '../../api/types';
import { Tag } from '../../components/Tag';
import { RenameForm } from './RenameForm';

interface Props {
  category: Category;
  onRename: (label: string) => Promise<void>;
  onToggle: () => Promise<void>;
}

export function CategoryRow({ category, onRename, onToggle }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const renameId = `rename-button-${category.id}`;

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
    <li className="haven-category" data-testid="category">
      <span className="haven-category__name">
        <span className={category.active ? undefined : 'haven-secondary-text'}>
          {category.label}
        </span>{' '}
        {category.active ? null : <Tag colour="grey">Hidden</Tag>}
      </span>
      {renaming ? (
        <RenameForm
          category={category}
          onCancel={stopRenaming}
          onRename={async (label) => {
            await onRename(label);
            // The page's notice takes focus and says what changed.
            setRenaming(false);
          }}
        />
      ) : (
        <span className="haven-row-actions">
          <button
            type="button"
            id={renameId}
            className="govuk-button govuk-button--secondary haven-button--compact"
            onClick={() => setRenaming(true)}
          >
            Rename<span className="govuk-visually-hidden"> {category.label}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary haven-button--compact"
            onClick={() => void toggle()}
          >
            {category.active ? 'Hide' : 'Show'}
            <span className="govuk-visually-hidden"> {category.label}</span>
          </button>
        </span>
      )}
    </li>
  );
}
