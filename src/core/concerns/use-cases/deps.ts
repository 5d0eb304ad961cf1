import type { Clock } from '../../shared/clock.ts';
import type { Repos, Store } from '../../ports.ts';
import type { ChildVault } from '../ports.ts';

export interface ConcernDeps {
  store: Store;
  clock: Clock;
  /** A vault bound to one transaction's repositories. */
  vault(r: Repos): ChildVault;
  /** Where links in alert emails point. */
  publicUrl(): string;
  /** Minutes an urgent concern may wait unacknowledged before alerts escalate. */
  urgentAckMinutes: number;
  /** The real type of uploaded bytes, from their content (never the name or the browser's word). */
  sniff(content: Uint8Array): Promise<string | null>;
}
