import type {
  BodyMark,
  ChildRole,
  ConcernChild,
  ConcernInput,
  ConcernKind,
  MarkType,
} from '../../api/types';
import { londonInstant, londonParts } from '../../lib/dates';
import type { FormErrors } from '../../lib/formErrors';
import { nextKey } from '../../lib/keys';

export interface ChosenChild {
  pupilId: string;
  displayName: string;
  yearGroup?: string;
  senFlag?: boolean;
  role: ChildRole;
}

export interface MarkValues extends BodyMark {
  key: string;
}

export type YesNo = '' | 'yes' | 'no';

export interface ConcernValues {
  children: ChosenChild[];
  immediateRisk: YesNo;
  kind: ConcernKind;
  childWords: string;
  observed: string;
  actionTaken: string;
  incidentDate: string;
  incidentTime: string;
  location: string;
  primaryCategoryId: string;
  tagIds: string[];
  spokeToDsl: YesNo;
  riskFactors: string;
  protectiveFactors: string;
  bodyMap: MarkValues[];
}

export function emptyConcern(now: Date = new Date()): ConcernValues {
  const { date, time } = londonParts(now);
  return {
    children: [],
    immediateRisk: '',
    kind: 'concern',
    childWords: '',
    observed: '',
    actionTaken: '',
    incidentDate: date,
    incidentTime: time,
    location: '',
    primaryCategoryId: '',
    tagIds: [],
    spokeToDsl: '',
    riskFactors: '',
    protectiveFactors: '',
    bodyMap: [],
  };
}

/** Form keys whose errors are shown, in page order (the error summary follows this order). */
export const CONCERN_FIELDS = [
  'children',
  'immediateRisk',
  'kind',
  'riskFactors',
  'protectiveFactors',
  'childWords',
  'observed',
  'actionTaken',
  'incidentAt',
  'location',
  'primaryCategoryId',
  'tagIds',
  'spokeToDsl',
  'bodyMap',
];

/** The input that shows a form key's error, for the error summary's links. */
export function concernFieldId(key: string): string {
  if (key === 'children') return 'pupil-search';
  if (key === 'incidentAt') return 'incidentDate';
  if (key === 'tagIds') return 'more-categories';
  if (key === 'bodyMap') return 'body-map';
  return key;
}

/** API field (e.g. `children.0.role`, `bodyMap.1.x`) → the form key that shows it. */
export function concernField(apiField: string): string {
  const head = apiField.split('.')[0] ?? apiField;
  return head;
}

export const isConcernField = (field: string) => CONCERN_FIELDS.includes(field);

function orderErrors(errors: FormErrors): FormErrors {
  const ordered: FormErrors = {};
  for (const key of CONCERN_FIELDS) if (errors[key]) ordered[key] = errors[key];
  return ordered;
}

export function validateConcern(v: ConcernValues, now: Date = new Date()): FormErrors {
  const errors: FormErrors = {};
  if (v.children.length === 0) errors.children = 'Find and add the child you are worried about';
  if (!v.immediateRisk) errors.immediateRisk = 'Select yes if the child is at risk of harm now';
  if (v.kind === 'wellbeing' && !v.riskFactors.trim() && !v.protectiveFactors.trim())
    errors.riskFactors = 'Enter what puts the child at risk, or what helps them, or both';
  if (!v.observed.trim()) errors.observed = 'Enter what you saw, heard or did';
  const at = londonInstant(v.incidentDate, v.incidentTime);
  if (!v.incidentDate || !v.incidentTime) errors.incidentAt = 'Enter the date and time it happened';
  else if (!at) errors.incidentAt = 'Enter a real date and a time, like 14:30';
  else if (new Date(at).getTime() > now.getTime() + 5 * 60_000)
    errors.incidentAt = 'The time it happened must be in the past';
  if (!v.primaryCategoryId) errors.primaryCategoryId = 'Select what the concern is about';
  if (!v.spokeToDsl) errors.spokeToDsl = 'Select yes if you have spoken to the DSL';
  return orderErrors(errors);
}

function marksFor(v: ConcernValues): BodyMark[] {
  const chosen = new Set(v.children.map((c) => c.pupilId));
  return v.bodyMap
    .filter((m) => chosen.has(m.pupilId))
    .map((m) => ({
      pupilId: m.pupilId,
      side: m.side,
      x: m.x,
      y: m.y,
      markType: m.markType,
      note: m.note.trim(),
    }));
}

/** What is sent when the concern is submitted (call only after validateConcern passes). */
export function concernInput(v: ConcernValues): ConcernInput {
  const wellbeing = v.kind === 'wellbeing';
  return {
    kind: v.kind,
    children: v.children.map((c) => ({ pupilId: c.pupilId, role: c.role })),
    childWords: v.childWords.trim(),
    observed: v.observed.trim(),
    actionTaken: v.actionTaken.trim(),
    incidentAt: londonInstant(v.incidentDate, v.incidentTime) ?? '',
    location: v.location.trim(),
    primaryCategoryId: v.primaryCategoryId,
    tagIds: [...new Set(v.tagIds)].filter((id) => id !== v.primaryCategoryId),
    immediateRisk: v.immediateRisk === 'yes',
    spokeToDsl: v.spokeToDsl === 'yes',
    ...(wellbeing
      ? { riskFactors: v.riskFactors.trim(), protectiveFactors: v.protectiveFactors.trim() }
      : {}),
    bodyMap: marksFor(v),
  };
}

/** Whatever has been filled in so far, for a server-side draft. */
export function draftInput(v: ConcernValues): Partial<ConcernInput> {
  const input: Partial<ConcernInput> = {
    kind: v.kind,
    children: v.children.map((c) => ({
      pupilId: c.pupilId,
      role: c.role,
      displayName: c.displayName,
      ...(c.senFlag !== undefined ? { senFlag: c.senFlag } : {}),
    })),
    childWords: v.childWords,
    observed: v.observed,
    actionTaken: v.actionTaken,
    location: v.location,
    tagIds: v.tagIds,
    bodyMap: marksFor(v),
  };
  const at = londonInstant(v.incidentDate, v.incidentTime);
  if (at) input.incidentAt = at;
  if (v.primaryCategoryId) input.primaryCategoryId = v.primaryCategoryId;
  if (v.immediateRisk) input.immediateRisk = v.immediateRisk === 'yes';
  if (v.spokeToDsl) input.spokeToDsl = v.spokeToDsl === 'yes';
  if (v.kind === 'wellbeing') {
    input.riskFactors = v.riskFactors;
    input.protectiveFactors = v.protectiveFactors;
  }
  return input;
}

const yesNo = (b: boolean | undefined): YesNo => (b === undefined ? '' : b ? 'yes' : 'no');

function childFromDraft(c: ConcernChild, index: number): ChosenChild {
  return {
    pupilId: c.pupilId,
    displayName: c.displayName ?? `Child ${String(index + 1)}`,
    senFlag: c.senFlag,
    role: c.role,
  };
}

const MARK_TYPES: MarkType[] = ['bruise', 'cut', 'burn', 'mark', 'other'];

/** A saved draft back into the form. */
export function valuesFromDraft(input: Partial<ConcernInput>): ConcernValues {
  const base = emptyConcern();
  const when = input.incidentAt ? new Date(input.incidentAt) : undefined;
  const parts = when && !Number.isNaN(when.getTime()) ? londonParts(when) : undefined;
  return {
    ...base,
    children: (input.children ?? []).map(childFromDraft),
    immediateRisk: yesNo(input.immediateRisk),
    kind: input.kind === 'wellbeing' ? 'wellbeing' : 'concern',
    childWords: input.childWords ?? '',
    observed: input.observed ?? '',
    actionTaken: input.actionTaken ?? '',
    incidentDate: parts?.date ?? base.incidentDate,
    incidentTime: parts?.time ?? base.incidentTime,
    location: input.location ?? '',
    primaryCategoryId: input.primaryCategoryId ?? '',
    tagIds: input.tagIds ?? [],
    spokeToDsl: yesNo(input.spokeToDsl),
    riskFactors: input.riskFactors ?? '',
    protectiveFactors: input.protectiveFactors ?? '',
    bodyMap: (input.bodyMap ?? [])
      .filter((m) => MARK_TYPES.includes(m.markType))
      .map((m) => ({ ...m, note: m.note, key: nextKey() })),
  };
}

/** Whether a draft has anything in it worth keeping. */
export function hasContent(v: ConcernValues): boolean {
  return (
    v.children.length > 0 ||
    [v.childWords, v.observed, v.actionTaken, v.location, v.riskFactors, v.protectiveFactors].some(
      (t) => t.trim() !== '',
    ) ||
    v.bodyMap.length > 0
  );
}
