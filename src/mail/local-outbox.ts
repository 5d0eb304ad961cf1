import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MailMessage } from '../core/shared/mailer.ts';

export interface LocalEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  at: string;
}

interface StoredEmail extends LocalEmail {
  schoolId?: string | null;
}

/** Says why nobody will get Haven's email; null when that is expected (development) or untrue. */
export function localOutboxWarning(nodeEnv: string | undefined, smtpHost: string | undefined) {
  if (nodeEnv !== 'production' || smtpHost) return null;
  return (
    'Warning: SMTP_HOST is not set, so Haven writes its emails (alerts, reminders, escalations) ' +
    'only to the local outbox in its data directory and nobody will receive them. Set SMTP_HOST to send email.'
  );
}

const read = (file: string): StoredEmail | null => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredEmail;
  } catch {
    return null; // half-written or hand-edited: one bad file must not hide the rest
  }
};

/**
 * With no SMTP server configured, mail lands in files under `<data dir>/outbox/`, where the
 * development outbox page reads it. Messages hold no child details, only a link. Each file keeps
 * its school, and a school is shown only its own: one without a school (or written before
 * schools were kept) is shown to nobody.
 */
export function localOutboxMailer(dir: string) {
  return {
    async send(m: MailMessage & { schoolId?: string | null }): Promise<void> {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const id = m.messageId ?? `${Date.now()}`;
      const stored: StoredEmail = {
        id,
        schoolId: m.schoolId ?? null,
        to: m.to,
        subject: m.subject,
        text: m.text,
        at: new Date().toISOString(),
      };
      writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(stored), { mode: 0o600 });
    },
    /** The school's emails, newest first. */
    list(schoolId: string): LocalEmail[] {
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      } catch {
        return [];
      }
      return files
        .map((f) => read(path.join(dir, f)))
        .filter((m): m is StoredEmail => m !== null && m.schoolId === schoolId)
        .map(({ id, to, subject, text, at }) => ({ id, to, subject, text, at }))
        .sort((a, b) => String(b.at).localeCompare(String(a.at)));
    },
  };
}
