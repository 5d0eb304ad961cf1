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
    unavailable_until: string | null;
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
  categories: {
    id: string;
    school_id: string;
    code: string;
    label: string;
    grp: string | null;
    active: number;
    sort: number;
  };
  counters: { school_id: string; name: string; value: number | string };
  child_keys: {
    pupil_id: string;
    school_id: string;
    wrapped_key: string | null;
    created_at: string;
    destroyed_at: string | null;
  };
  concerns: {
    id: string;
    school_id: string;
    reference: string;
    kind: string;
    recorded_by: string;
    recorded_at: string;
    incident_at: string;
    primary_category_id: string;
    tag_ids: string;
    immediate_risk: number;
    spoke_to_dsl: number;
    status: string;
    owner_id: string | null;
    acknowledged_at: string | null;
    acknowledged_by: string | null;
    content_hash: string;
    escalation_level: number;
    last_alert_at: string;
  };
  concern_children: {
    concern_id: string;
    pupil_id: string;
    school_id: string;
    role: string;
    position: number;
    sealed: string | null;
  };
  file_entries: {
    id: string;
    school_id: string;
    pupil_id: string;
    concern_id: string | null;
    kind: string;
    at: string;
    author_id: string;
    significant: number;
    sealed: string | null;
  };
  cp_files: { pupil_id: string; school_id: string; opened_at: string; opened_by: string };
  concern_actions: {
    id: string;
    concern_id: string;
    school_id: string;
    owner_id: string;
    due_on: string;
    sealed: string;
    created_at: string;
    done_at: string | null;
  };
  concern_decisions: {
    id: string;
    concern_id: string;
    school_id: string;
    decided_by: string;
    at: string;
    outcome: string;
    level_of_need: string;
    sealed: string;
  };
  reconsiderations: {
    concern_id: string;
    school_id: string;
    requested_by: string;
    requested_at: string;
    reason_sealed: string;
    answered_by: string | null;
    answered_at: string | null;
    answer_sealed: string | null;
  };
  attachments: {
    id: string;
    school_id: string;
    concern_id: string;
    pupil_id: string;
    uploaded_by: string;
    uploaded_at: string;
    mime: string;
    size: number;
    sealed_name: string;
    sealed_content: string;
  };
  concern_drafts: {
    id: string;
    school_id: string;
    author_id: string;
    updated_at: string;
    sealed: string;
  };
  access_grants: {
    id: string;
    school_id: string;
    pupil_id: string;
    grantee_id: string;
    granted_by: string;
    reason: string;
    created_at: string;
    expires_at: string;
    revoked_at: string | null;
  };
  notifications: {
    id: string;
    school_id: string;
    user_id: string;
    kind: string;
    concern_id: string | null;
    created_at: string;
    read_at: string | null;
  };
  outbox: {
    id: string;
    school_id: string | null;
    kind: string;
    payload: string;
    created_at: string;
    available_at: string;
    attempts: number;
    claimed_until: string | null;
    sent_at: string | null;
    last_error: string | null;
  };
  local_contacts: {
    id: string;
    school_id: string;
    kind: string;
    label: string;
    phone: string;
    note: string;
    sort: number;
  };
  kysely_migration?: Generated<unknown>;
}
