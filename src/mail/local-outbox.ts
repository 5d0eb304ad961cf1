import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Mailer } from '../core/shared/mailer.ts';

/**
 * With no SMTP server configured, mail lands in files under `<data dir>/outbox/`, where the
 * development outbox page reads it. Messages hold no child details, only a link.
 */
export function localOutboxMailer(
  dir: string,
): Mailer & { list(): { id: string; to: string; subject: string; text: string; at: string }[] } {
  return {
    async send(m) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const id = m.messageId ?? `${Date.now()}`;
      writeFileSync(
        path.join(dir, `${id}.json`),
        JSON.stringify({ id, ...m, at: new Date().toISOString() }),
        { mode: 0o600 },
      );
    },
    list() {
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      } catch {
        return [];
      }
      return files
        .map(
          (f) =>
            JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
              id: string;
              to: string;
              subject: string;
              text: string;
              at: string;
            },
        )
        .sort((a, b) => b.at.localeCompare(a.at));
    },
  };
}
