import { useState } from 'react';
import type { BodySide, MarkType } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Radios } from '../../components/Radios';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { nextKey } from '../../lib/keys';
import { areasFor, findArea } from './bodyAreas';
import { BodyFigures } from './BodyFigures';
import type { ChosenChild, MarkValues } from './concernForm';
import { MARK_TYPES } from './labels';
import { MarkList } from './MarkList';
import { describeMarkPlace } from './markText';

interface Props {
  chosen: ChosenChild[];
  marks: MarkValues[];
  error?: string;
  onChange: (marks: MarkValues[]) => void;
}

const SIDES = [
  { value: 'front', label: 'Front' },
  { value: 'back', label: 'Back' },
];

/**
 * Optional body map: tap the outline, or (without a pointer) choose the side and body area from
 * lists. Either way the mark is listed as text, with a button to remove it.
 */
export function BodyMapEditor({ chosen, marks, error, onChange }: Props) {
  const [openAtFirst] = useState(marks.length > 0);
  const [pupilChoice, setPupilChoice] = useState('');
  const [markType, setMarkType] = useState<MarkType>('bruise');
  const [note, setNote] = useState('');
  const [side, setSide] = useState<BodySide>('front');
  const [areaId, setAreaId] = useState('');
  const [areaError, setAreaError] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');

  const pupilId = chosen.some((c) => c.pupilId === pupilChoice)
    ? pupilChoice
    : (chosen[0]?.pupilId ?? '');
  const names = new Map(chosen.map((c) => [c.pupilId, c.displayName]));

  function add(where: BodySide, x: number, y: number) {
    const mark: MarkValues = { key: nextKey(), pupilId, side: where, x, y, markType, note };
    const next = [...marks, mark];
    onChange(next);
    setNote('');
    setAnnouncement(
      `Mark ${String(next.length)} added: ${describeMarkPlace(where, x, y, markType)}.`,
    );
  }

  function addFromList() {
    const area = findArea(side, areaId);
    if (!area) {
      setAreaError('Select where on the body the mark is');
      return;
    }
    setAreaError(undefined);
    add(side, area.x, area.y);
  }

  function remove(index: number) {
    onChange(marks.filter((_, i) => i !== index));
    setAnnouncement(`Mark ${String(index + 1)} removed.`);
    document.getElementById('mark-add')?.focus();
  }

  return (
    <details className="govuk-details" id="body-map" open={openAtFirst}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Add marks on a body map</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorMessage id="body-map-error" message={error} />
        {chosen.length === 0 ? (
          <p className="govuk-body">Add a child first, then you can mark where you saw injuries.</p>
        ) : (
          <>
            <p className="govuk-body">
              Only record marks you have seen. Do not ask a child to remove clothing to show you.
            </p>
            {chosen.length > 1 ? (
              <SelectInput
                id="mark-child"
                label="Which child"
                options={chosen.map((c) => ({ value: c.pupilId, label: c.displayName }))}
                value={pupilId}
                onChange={setPupilChoice}
              />
            ) : null}
            <SelectInput
              id="mark-type"
              label="Type of mark"
              options={MARK_TYPES}
              value={markType}
              onChange={(v) => setMarkType(v as MarkType)}
            />
            <TextInput
              id="mark-note"
              label="Describe the mark (optional)"
              hint="For example size, colour and shape"
              value={note}
              onChange={setNote}
            />
            <p className="govuk-body">Tap the outline where the mark is:</p>
            <BodyFigures
              marks={marks}
              pupilId={pupilId}
              onPlace={(where, x, y) => add(where, x, y)}
            />
            <fieldset className="govuk-fieldset haven-mark-form">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Or choose where the mark is
              </legend>
              <Radios
                id="mark-side"
                legend="Side of the body"
                options={SIDES}
                value={side}
                onChange={(v) => {
                  setSide(v as BodySide);
                  setAreaId((current) => (findArea(v as BodySide, current) ? current : ''));
                }}
                inline
              />
              <SelectInput
                id="mark-area"
                label="Body area"
                hint="Right and left mean the child's right and left"
                options={areasFor(side).map((a) => ({ value: a.id, label: a.label }))}
                emptyLabel="Select a body area"
                value={areaId}
                onChange={setAreaId}
                error={areaError}
              />
              <button
                type="button"
                id="mark-add"
                className="govuk-button govuk-button--secondary"
                onClick={addFromList}
              >
                Add mark
              </button>
            </fieldset>
            <h3 className="govuk-heading-s">Marks recorded ({marks.length})</h3>
            <MarkList marks={marks} names={names} onRemove={remove} />
            <p className="govuk-body-s haven-picker__status" role="status">
              {announcement}
            </p>
          </>
        )}
      </div>
    </details>
  );
}
