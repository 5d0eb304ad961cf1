/** The agencies a school refers to: Haven's built-in ones and the school's own (editable list). */
export interface Agency {
  code: string;
  label: string;
  /** One of Haven's: it can be hidden or shown, never renamed. */
  builtIn: boolean;
  /** Offered on the referral forms. */
  active: boolean;
  /** The Children and Families Hub, the police and "other": Haven's duties need them. */
  required: boolean;
}

export interface AgencyPatch {
  label?: string;
  active?: boolean;
}
