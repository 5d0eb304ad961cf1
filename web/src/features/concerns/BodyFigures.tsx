import type { BodyMark, BodySide } from '../../api/types';
import { BodyFigure, type FigureMark } from './BodyFigure';

interface Props {
  marks: BodyMark[];
  /** Show only this child's marks (numbers still follow the full list). */
  pupilId?: string;
  onPlace?: (side: BodySide, x: number, y: number) => void;
  idPrefix?: string;
}

function marksOn(marks: BodyMark[], side: BodySide, pupilId: string | undefined): FigureMark[] {
  return marks
    .map((m, i) => ({ ...m, number: i + 1 }))
    .filter((m) => m.side === side && (pupilId === undefined || m.pupilId === pupilId));
}

/** Front and back outlines side by side (they fit a 360px phone screen). */
export function BodyFigures({ marks, pupilId, onPlace, idPrefix = 'figure' }: Props) {
  return (
    <div className="haven-figures">
      {(['front', 'back'] as const).map((side) => (
        <figure className="haven-figure" key={side}>
          <BodyFigure
            id={`${idPrefix}-${side}`}
            side={side}
            marks={marksOn(marks, side, pupilId)}
            onPlace={onPlace ? (x, y) => onPlace(side, x, y) : undefined}
          />
          <figcaption className="govuk-body-s haven-figure__caption">
            {side === 'front' ? 'Front' : 'Back'}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
