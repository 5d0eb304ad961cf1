import type { BodySide } from '../../api/types';

export interface BodyArea {
  id: string;
  side: BodySide;
  label: string;
  /** Where the area is on that side's outline, 0..1 across and down. */
  x: number;
  y: number;
}

interface Base {
  id: string;
  front: string;
  back: string;
  /** Position on the front outline, where the child's right side is on the viewer's left. */
  x: number;
  y: number;
}

const BASE: Base[] = [
  { id: 'head', front: 'Face and head', back: 'Back of head', x: 0.5, y: 0.09 },
  { id: 'neck', front: 'Neck', back: 'Back of neck', x: 0.5, y: 0.165 },
  { id: 'r-shoulder', front: 'Right shoulder', back: 'Right shoulder', x: 0.37, y: 0.2 },
  { id: 'l-shoulder', front: 'Left shoulder', back: 'Left shoulder', x: 0.63, y: 0.2 },
  { id: 'chest', front: 'Chest', back: 'Upper back', x: 0.5, y: 0.27 },
  { id: 'r-upper-arm', front: 'Right upper arm', back: 'Right upper arm', x: 0.3, y: 0.285 },
  { id: 'l-upper-arm', front: 'Left upper arm', back: 'Left upper arm', x: 0.7, y: 0.285 },
  { id: 'tummy', front: 'Stomach', back: 'Lower back', x: 0.5, y: 0.4 },
  { id: 'r-forearm', front: 'Right forearm', back: 'Right forearm', x: 0.23, y: 0.44 },
  { id: 'l-forearm', front: 'Left forearm', back: 'Left forearm', x: 0.77, y: 0.44 },
  { id: 'pelvis', front: 'Genital area', back: 'Buttocks', x: 0.5, y: 0.5 },
  { id: 'r-hand', front: 'Right hand', back: 'Back of right hand', x: 0.19, y: 0.55 },
  { id: 'l-hand', front: 'Left hand', back: 'Back of left hand', x: 0.81, y: 0.55 },
  { id: 'r-thigh', front: 'Right thigh', back: 'Back of right thigh', x: 0.425, y: 0.61 },
  { id: 'l-thigh', front: 'Left thigh', back: 'Back of left thigh', x: 0.575, y: 0.61 },
  { id: 'r-knee', front: 'Right knee', back: 'Back of right knee', x: 0.42, y: 0.725 },
  { id: 'l-knee', front: 'Left knee', back: 'Back of left knee', x: 0.58, y: 0.725 },
  { id: 'r-shin', front: 'Right shin', back: 'Right calf', x: 0.415, y: 0.825 },
  { id: 'l-shin', front: 'Left shin', back: 'Left calf', x: 0.585, y: 0.825 },
  { id: 'r-foot', front: 'Right foot', back: 'Right heel', x: 0.39, y: 0.95 },
  { id: 'l-foot', front: 'Left foot', back: 'Left heel', x: 0.61, y: 0.95 },
];

/** Seen from behind, the child's right side is on the viewer's right: mirror across. */
export const BODY_AREAS: BodyArea[] = [
  ...BASE.map((b) => ({ id: b.id, side: 'front' as const, label: b.front, x: b.x, y: b.y })),
  ...BASE.map((b) => ({ id: b.id, side: 'back' as const, label: b.back, x: 1 - b.x, y: b.y })),
];

export function areasFor(side: BodySide): BodyArea[] {
  return BODY_AREAS.filter((a) => a.side === side);
}

export function findArea(side: BodySide, id: string): BodyArea | undefined {
  return BODY_AREAS.find((a) => a.side === side && a.id === id);
}

/** The named area nearest a point, to describe a mark placed by tapping the outline. */
export function nearestArea(side: BodySide, x: number, y: number): BodyArea {
  let best = areasFor(side)[0] as BodyArea;
  let bestDistance = Infinity;
  for (const area of areasFor(side)) {
    // The outline is twice as tall as it is wide.
    const distance = (area.x - x) ** 2 + (2 * (area.y - y)) ** 2;
    if (distance < bestDistance) {
      best = area;
      bestDistance = distance;
    }
  }
  return best;
}

export const sideLabel = (side: BodySide) => (side === 'front' ? 'Front' : 'Back');
