import { openJson } from '../../concerns/use-cases/concern-view.ts';
import type { ChildVault } from '../../concerns/ports.ts';
import type { Repos } from '../../ports.ts';
import type { ReferralRow } from '../ports.ts';
import { eventsFrom, OUTCOMES, type ReferralEvent } from '../referral.ts';
import { agenciesOf } from './agencies.ts';

/** What is sealed in a referral row with the child's key. */
export interface ReferralSecrets {
  reason: string;
  agencyName: string;
  outcomeNotes?: string;
  withdrawnReason?: string;
}

export interface ReferralView extends Omit<ReferralRow, 'sealed' | 'schoolId' | 'madeBy'> {
  pupilName: string;
  agencyLabel: string;
  agencyName: string;
  madeBy: { id: string; fullName: string };
  outcomeLabel: string | null;
  outcomeNotes: string;
  withdrawnReason: string;
  reason: string;
  events: ReferralEvent[];
}

export async function referralViews(
  r: Repos,
  vault: ChildVault,
  schoolId: string,
  rows: ReferralRow[],
): Promise<ReferralView[]> {
  const pupils = await r.pupils.namesOf(schoolId, [...new Set(rows.map((x) => x.pupilId))]);
  const staff = await r.staff.namesOf(schoolId, [...new Set(rows.map((x) => x.madeBy))]);
  const agencies = new Map((await agenciesOf(r, schoolId)).map((a) => [a.code, a.label]));
  const views: ReferralView[] = [];
  for (const row of rows) {
    const { sealed, schoolId: _school, madeBy, ...clear } = row;
    const secrets = (await openJson<ReferralSecrets>(vault, row.pupilId, sealed)) ?? {
      reason: '',
      agencyName: '',
    };
    views.push({
      ...clear,
      pupilName: pupils.get(row.pupilId)?.displayName ?? 'Unknown',
      agencyLabel: agencies.get(row.agency) ?? row.agency,
      agencyName: secrets.agencyName,
      madeBy: { id: madeBy, fullName: staff.get(madeBy) ?? 'Unknown' },
      outcomeLabel: row.outcome ? OUTCOMES[row.outcome] : null,
      outcomeNotes: secrets.outcomeNotes ?? '',
      withdrawnReason: secrets.withdrawnReason ?? '',
      reason: secrets.reason,
      events: eventsFrom(row.state),
    });
  }
  return views;
}
