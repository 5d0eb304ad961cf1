import type { BodySide } from '../../api/types';
import { nearestArea, sideLabel } from './bodyAreas';
import { markTypeLabel } from './labels';

/** "bruise, front, left upper arm" (or "near …" when it was placed by tapping the outline). */
export function describeMarkPlace(side: BodySide, x: number, y: number, markType: string): string {
  const area = nearestArea(side, x, y);
  const exact = Math.abs(area.x - x) < 0.001 && Math.abs(area.y - y) < 0.001;
  const where = `${exact ? '' : 'near '}${area.label.toLowerCase()}`;
  return `${markTypeLabel(markType).toLowerCase()}, ${sideLabel(side).toLowerCase()}, ${where}`;
}
