/** `GET`/`PUT /api/allegations/settings` (headteacher, chair): retention (U07) and patterns (U02). */
export interface AllegationSettings {
  /** Normal pension age, in years (55–75). */
  pensionAge: number;
  /** Years from the allegation a kept case stays, at least (1–50). */
  keepYears: number;
  /** Years a false or malicious case record stays apart from the person's file (0–50). */
  removedKeepYears: number;
  /** Low-level concerns about the same adult that make a pattern (2–20). */
  patternCount: number;
  /** Months looked back for a pattern (1–60). */
  patternMonths: number;
}
