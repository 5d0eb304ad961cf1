/** Attendance marks, local authority notices (D10), children missing education, plans (D39). */
export interface AttendanceTables {
  attendance_marks: {
    school_id: string;
    pupil_id: string;
    date: string;
    session: string;
    code: string;
    source: string;
    recorded_by: string;
    recorded_at: string;
  };
  attendance_la_notices: {
    id: string;
    school_id: string;
    pupil_id: string;
    run_first: string;
    reached_on: string;
    opened_at: string;
    notified_at: string | null;
    notified_to: string | null;
    reference: string | null;
    notified_by: string | null;
  };
  plan_absence_alerts: { school_id: string; pupil_id: string; day: string };
  welfare_plans: {
    id: string;
    school_id: string;
    pupil_id: string;
    kind: string;
    starts_on: string;
    ends_on: string | null;
    recorded_by: string;
    recorded_at: string;
  };
  cme_entries: {
    id: string;
    school_id: string;
    pupil_id: string;
    last_seen_on: string;
    opened_at: string;
    opened_by: string;
    closed_at: string | null;
    closed_by: string | null;
    sealed: string;
  };
  cme_actions: {
    id: string;
    school_id: string;
    entry_id: string;
    pupil_id: string;
    kind: string;
    at: string;
    recorded_by: string;
    recorded_at: string;
    sealed: string;
  };
}
