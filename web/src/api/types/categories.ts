/** Kinds of concern (an administrator-editable list) and the levels-of-need model. */
export interface Category {
  id: string;
  code: string;
  label: string;
  group: string | null;
  active: boolean;
}

/** A level of need; `active` is false once retired, kept so earlier decisions still name it. */
export interface LevelOfNeed {
  id: string;
  code: string;
  label: string;
  description: string;
  position: number;
  active: boolean;
}

/** The school's own model: every level, retired ones too, in order. */
export interface LevelsOfNeed {
  model: string;
  levels: LevelOfNeed[];
}
