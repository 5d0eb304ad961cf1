import { useState } from 'react';
import type { Category } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useCategories } from '../concerns/queries';
import { AddCategoryForm } from './AddCategoryForm';
import { CategoryRow } from './CategoryRow';
import { addCategory, groupCategories, patchCategory, useCategoryChange } from './queries';

/** Kinds of concern are data the school edits (D07): rename, hide, show and add. */
export function CategoriesPage() {
  const categories = useCategories();
  const change = useCategoryChange();
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  usePageTitle('Categories of concern');

  const say = (text: string, error = false) => setNotice((n) => ({ key: n.key + 1, text, error }));

  async function toggle(c: Category) {
    try {
      await change(() => patchCategory(c.id, { active: !c.active }));
      say(
        c.active
          ? `“${c.label}” is hidden. Staff will not see it when they record a concern.`
          : `“${c.label}” is shown again.`,
      );
    } catch (error) {
      say(error instanceof Error ? error.message : 'Something went wrong. Try again later.', true);
    }
  }

  if (categories.isError) return <ProblemPage error={categories.error} />;
  if (!categories.data) return <Loading what="categories" />;
  const grouped = groupCategories(categories.data.data);
  const groupNames = grouped.flatMap((g) => (g.group === null ? [] : [g.group]));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/school">Back to school settings</BackLink>
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading>Categories of concern</PageHeading>
        <p className="govuk-body">
          Staff choose from these when they record a concern. Hiding a category takes it off that
          list; concerns already recorded keep it.
        </p>
        {grouped.map(({ group, items }, i) => (
          <section key={group ?? ''} aria-labelledby={`category-group-${String(i)}`}>
            <h2 className="govuk-heading-m" id={`category-group-${String(i)}`}>
              {group ?? 'Not in a group'}
            </h2>
            <ul className="govuk-list haven-categories">
              {items.map((c) => (
                <CategoryRow
                  key={c.id}
                  category={c}
                  onToggle={() => toggle(c)}
                  onRename={async (label) => {
                    await change(() => patchCategory(c.id, { label }));
                    say(`“${c.label}” is now called “${label}”.`);
                  }}
                />
              ))}
            </ul>
          </section>
        ))}
        <h2 className="govuk-heading-m">Add a category</h2>
        <AddCategoryForm
          groups={groupNames}
          onAdd={async (label, group) => {
            await change(() => addCategory(label, group));
            say(`“${label}” added.`);
          }}
        />
      </div>
    </div>
  );
}
