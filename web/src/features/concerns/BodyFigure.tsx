import type { MouseEvent } from 'react';
import type { BodySide, MarkType } from '../../api/types';
import { describeMarkPlace } from './markText';

export interface FigureMark {
  number: number;
  x: number;
  y: number;
  markType: MarkType;
}

interface Props {
  id: string;
  side: BodySide;
  marks: FigureMark[];
  /** When given, tapping the outline places a mark there (x, y from 0 to 1). */
  onPlace?: (x: number, y: number) => void;
}

const ARMS = ['M34 42 L26 72 L20 104', 'M66 42 L74 72 L80 104'];
const LEGS = ['M43 100 L42 145 L41 184', 'M57 100 L58 145 L59 184'];

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));

function Limbs({ paths, width }: { paths: string[]; width: number }) {
  return (
    <>
      {paths.map((d) => (
        <path key={`edge${d}`} d={d} className="haven-figure__edge" strokeWidth={width + 2.5} />
      ))}
      {paths.map((d) => (
        <path key={d} d={d} className="haven-figure__limb" strokeWidth={width} />
      ))}
    </>
  );
}

/** A plain body outline (head, body, arms, legs) drawn here, with numbered marks on it. */
export function BodyFigure({ id, side, marks, onPlace }: Props) {
  const [leftLetter, rightLetter] = side === 'front' ? ['R', 'L'] : ['L', 'R'];
  function place(event: MouseEvent<SVGSVGElement>) {
    if (!onPlace) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    onPlace(
      clamp((event.clientX - box.left) / box.width),
      clamp((event.clientY - box.top) / box.height),
    );
  }
  const orientation =
    side === 'front'
      ? "Seen from the front: the child's right side is on your left."
      : "Seen from behind: the child's right side is on your right.";
  const listed = marks.length
    ? ` Marks: ${marks
        .map((m) => `${String(m.number)}, ${describeMarkPlace(side, m.x, m.y, m.markType)}`)
        .join('; ')}.`
    : ' No marks.';
  return (
    <svg
      viewBox="0 0 100 200"
      className={`haven-figure__svg${onPlace ? ' haven-figure__svg--active' : ''}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      onClick={place}
    >
      <title id={`${id}-title`}>Body outline, {side === 'front' ? 'front' : 'back'}</title>
      <desc id={`${id}-desc`}>
        {orientation}
        {listed}
      </desc>
      <text x="4" y="10" className="haven-figure__letter">
        {leftLetter}
      </text>
      <text x="90" y="10" className="haven-figure__letter">
        {rightLetter}
      </text>
      <Limbs paths={ARMS} width={8.5} />
      <Limbs paths={LEGS} width={12.5} />
      <circle cx="19.5" cy="110" r="5.5" className="haven-figure__part" />
      <circle cx="80.5" cy="110" r="5.5" className="haven-figure__part" />
      <ellipse cx="39" cy="190" rx="6.5" ry="4.5" className="haven-figure__part" />
      <ellipse cx="61" cy="190" rx="6.5" ry="4.5" className="haven-figure__part" />
      <rect x="45" y="25" width="10" height="14" className="haven-figure__part" />
      <rect x="32" y="36" width="36" height="70" rx="9" className="haven-figure__part" />
      <circle cx="50" cy="17" r="11" className="haven-figure__part" />
      {marks.map((m) => {
        const cx = m.x * 100;
        const cy = m.y * 200;
        return (
          <g key={m.number}>
            <circle cx={cx} cy={cy} r="3.6" className={`haven-mark haven-mark--${m.markType}`} />
            <text x={Math.min(cx + 4.5, 93)} y={Math.max(cy - 3, 8)} className="haven-mark__number">
              {m.number}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
