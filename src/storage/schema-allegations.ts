/** Concerns about adults (ADR 0005): sealed cases, who is on each, their chronology, settings. */
export interface AllegationTables {
  allegations: {
    id: string;
    school_id: string;
    reference: string;
    raised_by: string;
    raised_at: string;
    subject_staff_id: string | null;
    relationship: string;
    subject_key: string;
    route: string;
    manager_id: string;
    threshold: string | null;
    threshold_at: string | null;
    lado_contacted_at: string | null;
    outcome: string | null;
    outcome_at: string | null;
    retention_rule: string | null;
    retain_until: string | null;
    personnel_file: string | null;
    wrapped_key: string;
    sealed: string;
    created_at: string;
    updated_at: string;
  };
  allegation_members: {
    case_id: string;
    staff_id: string;
    school_id: string;
    role: string;
    reason_code: string;
    sealed_reason: string | null;
    added_by: string | null;
    added_at: string;
  };
  allegation_entries: {
    id: string;
    case_id: string;
    school_id: string;
    kind: string;
    at: string;
    seq: number;
    author_id: string;
    sealed: string;
  };
  allegation_settings: {
    school_id: string;
    pension_age: number;
    keep_years: number;
    removed_keep_years: number;
    pattern_count: number;
    pattern_months: number;
  };
}
