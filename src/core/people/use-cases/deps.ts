import type { Clock } from '../../shared/clock.ts';
import type { Store } from '../../ports.ts';
import type { Mailer } from '../../shared/mailer.ts';

export interface PeopleDeps {
  store: Store;
  clock: Clock;
  /** Builds the invite link shown to an administrator from a one-time token. */
  inviteLink(token: string): string;
  inviteTokenSeconds: number;
  /** Null when no SMTP server is configured. */
  mailer: Mailer | null;
}
