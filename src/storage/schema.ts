import type { Generated } from 'kysely';

/** Table types as Kysely sees them. Times are ISO text; booleans are 0/1. */
export interface Database {
  organisations: { id: string; kind: string; name: string; created_at: string };
  schools: {
    id: string;
    organisation_id: string | null;
    name: string;
    urn: string | null;
    local_authority: string | null;
    created_at: string;
  };
  staff: {
    id: string;
    school_id: string;
    full_name: string;
    email: string;
    job_title: string | null;
    search_text: string;
    disabled: number;
    password_hash: string | null;
    mfa_secret: string | null;
    mfa_enrolled_at: string | null;
    mfa_last_step: number | string | null;
    failed_attempts: number;
    locked_until: string | null;
    last_sign_in_at: string | null;
    created_at: string;
    updated_at: string;
  };
  staff_roles: { school_id: string; staff_id: string; role: string };
  recovery_codes: {
    staff_id: string;
    code_hash: string;
    created_at: string;
    used_at: string | null;
  };
  pupils: {
    id: string;
    school_id: string;
    legal_first_name: string;
    legal_last_name: string;
    preferred_name: string | null;
    date_of_birth: string;
    upn: string | null;
    sex: string;
    gender: string | null;
    year_group: string;
    sen_flag: number;
    looked_after: number;
    search_text: string;
    created_at: string;
    updated_at: string;
  };
  emergency_contacts: {
    id: string;
    school_id: string;
    pupil_id: string;
    name: string;
    relationship: string;
    phones: string;
    priority: number;
  };
  sessions: {
    id_hash: string;
    user_id: string;
    school_id: string;
    stage: string;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
    idle_timeout_seconds: number;
    pending_mfa_secret: string | null;
    ip: string | null;
    user_agent: string | null;
  };
  one_time_tokens: {
    hash: string;
    purpose: string;
    school_id: string | null;
    user_id: string | null;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
  throttle: { key: string; window_start: number | string; count: number };
  audit_events: {
    chain: string;
    seq: number | string;
    id: string;
    type: string;
    at: string;
    school_id: string | null;
    actor_id: string;
    actor_name: string;
    actor_roles: string;
    ip: string | null;
    request_id: string | null;
    subject_type: string | null;
    subject_id: string | null;
    summary: string;
    details: string;
    prev_hash: string;
    hash: string;
  };
  audit_heads: { chain: string; last_seq: number | string; last_hash: string };
  kysely_migration?: Generated<unknown>;
}
