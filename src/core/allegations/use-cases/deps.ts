import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import type { CaseSealer } from '../ports.ts';

export interface AllegationDeps extends ConcernDeps {
  cases: CaseSealer;
}
