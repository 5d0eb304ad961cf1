import { useState } from 'react';
import type { Category } from '../../api/types';
import { Checkboxes } from '../../components/Checkboxes';
import { SelectInput } from '../../components/SelectInput';

interface Props {
  categories: Category[] | undefined;
  primary: string;
  tags: string[];
  errors: Record<string, string | undefined>;
  onChange: (patch: { primaryCategoryId?: string; tagIds?: string[] }) => void;
}

export function CategoryFields({ categories, primary, tags, errors, onChange }: Props) {
  // Open at first if a resumed draft has tags; after that the user opens and closes it.
  const [openAtFirst] = useState(tags.length > 0);
  const active = (categories ?? []).filter((c) => c.active);
  const options = active.map((c) => ({ value: c.id, label: c.label }));
  const others = options.filter((o) => o.value !== primary);
  return (
    <>
      <SelectInput
        id="primaryCategoryId"
        label="What is it mainly about?"
        hint={
          categories ? 'Choose the closest. If none fits, choose Other.' : 'Loading categories…'
        }
        options={options}
        emptyLabel="Select a category"
        value={primary}
        onChange={(v) => onChange({ primaryCategoryId: v, tagIds: tags.filter((t) => t !== v) })}
        error={errors.primaryCategoryId}
      />
      {others.length ? (
        <details className="govuk-details" open={openAtFirst}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Add more categories</span>
          </summary>
          <div className="govuk-details__text">
            <Checkboxes
              id="more-categories"
              legend="Other categories (optional)"
              options={others}
              values={tags}
              onChange={(tagIds) => onChange({ tagIds })}
              error={errors.tagIds}
              small
            />
          </div>
        </details>
      ) : null}
    </>
  );
}
