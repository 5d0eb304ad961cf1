/** Kinds of concern (an administrator-editable list) and the levels-of-need model. */
export interface Category {
  id: string;
  code: string;
  label: string;
  group: string | null;
  active: boolean;
}

export interface LevelOfNeed {
  code: string;
  label: string;
  description: string;
}

export interface LevelsOfNeed {
  model: string;
  levels: LevelOfNeed[];
}
