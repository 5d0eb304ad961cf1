import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { FileGrant, Staff } from '../../api/types';
import { Loading } from '../../components/Loading';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { GrantForm } from './GrantForm';
import { fileKeys, filePath, useGrants } from './queries';

interface Props {
  pupilId: string;
  staff: Staff[] | undefined;
  onResult: (text: string, error?: boolean) => void;
}

function isLive(g: FileGrant): boolean {
  return !g.revokedAt && new Date(g.expiresAt).getTime() > Date.now();
}

function GrantStatus({ grant }: { grant: FileGrant }) {
  if (grant.revokedAt)
    return <Tag colour="grey">Removed {formatDateTimeShort(grant.revokedAt)}</Tag>;
  if (!isLive(grant)) return <Tag colour="grey">Ended</Tag>;
  return <Tag colour="green">Until {formatDateTimeShort(grant.expiresAt)}</Tag>;
}

/** "Who has access": the DSL team always; colleagues only while a grant lasts (D24). */
export function AccessSection({ pupilId, staff, onResult }: Props) {
  const queryClient = useQueryClient();
  const grants = useGrants(pupilId, true);

  async function revoke(grant: FileGrant) {
    try {
      await api.post(`${filePath(pupilId)}/grants/${encodeURIComponent(grant.id)}/revoke`);
      await queryClient.invalidateQueries({ queryKey: fileKeys.grants(pupilId) });
      onResult(`${grant.grantee.fullName} can no longer see this file`);
    } catch (error) {
      onResult(error instanceof Error ? error.message : 'Something went wrong', true);
    }
  }

  const list = grants.data?.data;
  return (
    <section aria-labelledby="access-heading">
      <h2 className="govuk-heading-m" id="access-heading">
        Who has access
      </h2>
      <p className="govuk-body">
        The DSL team can always see this file. Other staff can only see it while you give them
        access.
      </p>
      {grants.isError ? (
        <p className="govuk-body">Access could not be loaded.</p>
      ) : !list ? (
        <Loading what="access" />
      ) : list.length === 0 ? (
        <p className="govuk-body">Nobody outside the DSL team has been given access.</p>
      ) : (
        <table className="govuk-table haven-responsive-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Colleagues given access
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Colleague
              </th>
              <th scope="col" className="govuk-table__header">
                Reason
              </th>
              <th scope="col" className="govuk-table__header">
                Access
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.map((g) => (
              <tr className="govuk-table__row" key={g.id}>
                <th scope="row" className="govuk-table__header" data-label="Colleague">
                  {g.grantee.fullName}
                  <span className="haven-block haven-secondary-text">
                    given by {g.grantedBy.fullName}
                  </span>
                </th>
                <td className="govuk-table__cell haven-break" data-label="Reason">
                  {g.reason}
                </td>
                <td className="govuk-table__cell" data-label="Access">
                  <GrantStatus grant={g} />
                </td>
                <td className="govuk-table__cell" data-label="Actions">
                  {isLive(g) ? (
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning haven-button--compact"
                      onClick={() => void revoke(g)}
                    >
                      Remove access
                      <span className="govuk-visually-hidden"> for {g.grantee.fullName}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {staff ? (
        <GrantForm
          pupilId={pupilId}
          staff={staff.filter(
            (s) => !s.disabled && !s.roles.some((r) => r === 'dsl' || r === 'deputy_dsl'),
          )}
          onResult={onResult}
        />
      ) : null}
    </section>
  );
}
