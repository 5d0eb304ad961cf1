import { useState } from 'react';
import type { LevelOfNeed } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useLevelsOfNeed } from '../concerns/queries';
import { ModelNameForm } from './ModelNameForm';
import { NeedLevelForm } from './NeedLevelForm';
import { NeedLevelRow } from './NeedLevelRow';
import {
  addNeedLevel,
  patchNeedLevel,
  renameNeedModel,
  reorderNeedLevels,
  reorderedIds,
  useNeedLevelChange,
} from './needLevels';

/** The levels of need a decision records are data the school edits (D47). */
export function NeedLevelsPage() {
  const model = useLevelsOfNeed();
  const change = useNeedLevelChange();
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  usePageTitle('Levels of need');

  const say = (text: string, error = false) => setNotice((n) => ({ key: n.key + 1, text, error }));
  // Buttons on a row have no form to show an error in: the notice says what went wrong.
  const orSay = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      say(error instanceof Error ? error.message : 'Something went wrong. Try again later.', true);
    }
  };

  if (model.isError) return <ProblemPage error={model.error} />;
  if (!model.data) return <Loading what="levels of need" />;
  const { levels } = model.data.data;

  const toggle = (l: LevelOfNeed) =>
    orSay(async () => {
      await change(() => patchNeedLevel(l.id, { active: !l.active }));
      say(
        l.active
          ? `“${l.label}” is retired. It can no longer be chosen; decisions that used it keep it.`
          : `“${l.label}” can be chosen again.`,
      );
    });
  const move = (l: LevelOfNeed, index: number, by: -1 | 1) =>
    orSay(async () => {
      await change(() => reorderNeedLevels(reorderedIds(levels, index, by)));
      say(`“${l.label}” moved ${by < 0 ? 'up' : 'down'}.`);
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/school">Back to school settings</BackLink>
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading>Levels of need</PageHeading>
        <p className="govuk-body">
          The DSL team chooses one of these, in this order, when they record a decision. Retiring a
          level takes it off that list; decisions already recorded keep it.
        </p>
        <ModelNameForm
          name={model.data.data.model}
          onRename={async (name) => {
            await change(() => renameNeedModel(name));
            say(`The levels of need are now called “${name}”.`);
          }}
        />
        <h2 className="govuk-heading-m">Levels</h2>
        <ol className="govuk-list haven-categories">
          {levels.map((l, i) => (
            <NeedLevelRow
              key={l.id}
              level={l}
              canMoveUp={i > 0}
              canMoveDown={i < levels.length - 1}
              onToggle={() => toggle(l)}
              onMove={(by) => move(l, i, by)}
              onChange={async (label, description) => {
                await change(() => patchNeedLevel(l.id, { label, description }));
                say(`“${label}” saved.`);
              }}
            />
          ))}
        </ol>
        <h2 className="govuk-heading-m">Add a level of need</h2>
        <NeedLevelForm
          idPrefix="new-level"
          submitText="Add level"
          onSubmit={async (label, description) => {
            await change(() => addNeedLevel(label, description));
            say(`“${label}” added, after the others.`);
          }}
        />
      </div>
    </div>
  );
}
