import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import type { PupilOption } from './PupilChoice';
import { useReferralOptions, useReferrals, type Links } from './queries';
import { ReferralForm } from './ReferralForm';
import { ReferralList } from './ReferralList';

interface Props {
  /** The referrals of this concern, or of this child. */
  links: Links;
  /** Who a new referral may be about. */
  pupils: PupilOption[];
  concernId: string | null;
  onResult: (text: string, error?: boolean) => void;
}

/** For the DSL team, on the concern and on the child's file: referrals and "Make a referral". */
export function ReferralsSection({ links, pupils, concernId, onResult }: Props) {
  const referrals = useReferrals(links);
  const options = useReferralOptions();
  const list = referrals.data?.data;
  return (
    <section aria-labelledby="referrals-heading">
      <h2 className="govuk-heading-m" id="referrals-heading">
        Referrals
      </h2>
      {referrals.isError ? (
        <p className="govuk-body">Referrals could not be loaded. Try again later.</p>
      ) : !list ? (
        <Loading what="referrals" />
      ) : list.length === 0 ? (
        <p className="govuk-body">No referrals yet.</p>
      ) : (
        <ReferralList
          referrals={list}
          options={options.data?.data}
          showChild={pupils.length > 1}
          canAct
          onResult={onResult}
        />
      )}
      {options.data && pupils.length ? (
        <Details summary="Make a referral">
          <ReferralForm
            pupils={pupils}
            concernId={concernId}
            options={options.data.data}
            onDone={(text) => onResult(text)}
          />
        </Details>
      ) : null}
    </section>
  );
}
