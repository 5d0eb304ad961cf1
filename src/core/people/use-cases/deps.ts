import type { Clock } from '../../shared/clock.ts';
import type { Store } from '../../ports.ts';

export interface PeopleDeps {
  store: Store;
  clock: Clock;
  /** Builds the invite link shown to an administrator from a one-time token. */
  inviteLink(token: string): string;
  inviteTokenSeconds: number;
}
