import { AGENCIES } from './referral.ts';

/** An agency a school can refer to: one of Haven's, or one the school added. */
export interface Agency {
  code: string;
  label: string;
  builtIn: boolean;
  active: boolean;
  /** Duties depend on these (the Hub, FGM reports to the police, "other"): never hidden. */
  required: boolean;
}

/** A school's stored change: a built-in hidden, or an agency of its own. */
export interface AgencyRow {
  code: string;
  label: string;
  active: boolean;
  sort: number;
}

export const REQUIRED_AGENCIES: readonly string[] = ['childrens_hub', 'police', 'other'];

export const isBuiltIn = (code: string): code is keyof typeof AGENCIES => code in AGENCIES;

/** Haven's agencies in their fixed order with the school's changes, then the school's own. */
export function agencyList(rows: readonly AgencyRow[]): Agency[] {
  const stored = new Map(rows.map((r) => [r.code, r]));
  const builtIns = Object.entries(AGENCIES).map(([code, label]) => ({
    code,
    label,
    builtIn: true,
    active: stored.get(code)?.active ?? true,
    required: REQUIRED_AGENCIES.includes(code),
  }));
  const own = rows
    .filter((r) => !isBuiltIn(r.code))
    .sort((a, b) => a.sort - b.sort)
    .map((r) => ({
      code: r.code,
      label: r.label,
      builtIn: false,
      active: r.active,
      required: false,
    }));
  return [...builtIns, ...own];
}
