import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Staff } from '../../api/types';
import { staffKeys } from './queries';

export type ActionResult =
  | { kind: 'notice'; text: string }
  | { kind: 'invite'; link: string }
  | { kind: 'error'; text: string };

interface Props {
  staff: Staff;
  isSelf: boolean;
  canUpdate: boolean;
  canResetMfa: boolean;
  onResult: (result: ActionResult) => void;
}

export function StaffAccountActions({ staff, isSelf, canUpdate, canResetMfa, onResult }: Props) {
  const queryClient = useQueryClient();
  const id = encodeURIComponent(staff.id);

  const run = useMutation({
    mutationFn: async (action: 'toggle' | 'resetMfa' | 'invite'): Promise<ActionResult> => {
      if (action === 'toggle') {
        await api.patch<Staff>(`/api/staff/${id}`, { disabled: !staff.disabled });
        return {
          kind: 'notice',
          text: staff.disabled ? 'The account has been enabled' : 'The account has been disabled',
        };
      }
      if (action === 'resetMfa') {
        await api.post<Staff>(`/api/staff/${id}/reset-mfa`);
        return {
          kind: 'notice',
          text: 'Their authenticator app has been reset. They will set it up again when they next sign in.',
        };
      }
      const { data } = await api.post<{ inviteLink: string }>(`/api/staff/${id}/invite`);
      return { kind: 'invite', link: data.inviteLink };
    },
    onSuccess: async (result) => {
      onResult(result);
      await queryClient.invalidateQueries({ queryKey: staffKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['school'] });
    },
    onError: (error) => onResult({ kind: 'error', text: error.message }),
  });

  const act = (action: 'toggle' | 'resetMfa' | 'invite') => {
    if (!run.isPending) run.mutate(action);
  };

  if (!canUpdate && !canResetMfa) return null;
  return (
    <section aria-labelledby="account-actions">
      <h2 className="govuk-heading-m" id="account-actions">
        Account
      </h2>
      <div className="govuk-button-group">
        {canUpdate && !isSelf ? (
          <button
            type="button"
            className={`govuk-button ${staff.disabled ? 'govuk-button--secondary' : 'govuk-button--warning'}`}
            onClick={() => act('toggle')}
          >
            {staff.disabled ? 'Enable account' : 'Disable account'}
          </button>
        ) : null}
        {canResetMfa && staff.mfaEnrolled ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => act('resetMfa')}
          >
            Reset MFA
          </button>
        ) : null}
        {canUpdate && !staff.disabled ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => act('invite')}
          >
            New invite link
          </button>
        ) : null}
      </div>
    </section>
  );
}
