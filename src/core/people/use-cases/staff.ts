import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import { AppError, conflict } from '../../shared/app-error.ts';
import { newId, newToken } from '../../shared/ids.ts';
import { hashToken } from '../../auth/tokens.ts';
import type { Repos } from '../../ports.ts';
import type { StaffInput, StaffPatch, StaffRecord } from '../staff.ts';
import type { PeopleDeps } from './deps.ts';

const staffResource = (actor: Actor, id?: string) => ({
  type: 'staff' as const,
  schoolId: actor.schoolId,
  id,
});

async function assertEmailFree(r: Repos, email: string | undefined, exceptId?: string) {
  if (email && (await r.staff.emailTaken(email, exceptId))) {
    throw conflict('email', 'An account with this email address already exists');
  }
}

/** A fresh one-time link for setting a password; earlier links for the person stop working. */
async function issueInvite(
  deps: PeopleDeps,
  r: Repos,
  actor: Actor,
  user: StaffRecord,
  now: Date,
): Promise<string> {
  const token = newToken();
  await r.tokens.revokeForUser(user.id, 'invite', now);
  await r.tokens.create({
    hash: hashToken(token),
    purpose: 'invite',
    schoolId: user.schoolId,
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.inviteTokenSeconds * 1000).toISOString(),
  });
  await r.audit.append(
    {
      type: 'staff.invited',
      actor,
      schoolId: actor.schoolId,
      subject: { type: 'staff', id: user.id },
      summary: `Invite link issued for ${user.fullName}`,
      details: {},
    },
    now,
  );
  return deps.inviteLink(token);
}

/**
 * Emails the invite link after the account is committed. A failed send is reported, not fatal:
 * the administrator still has the link on screen.
 */
async function emailInvite(deps: PeopleDeps, staff: StaffRecord, link: string): Promise<boolean> {
  if (!deps.mailer) return false;
  try {
    await deps.mailer.send({
      to: staff.email,
      subject: 'Your Haven account',
      text: `Hello ${staff.fullName},\n\nAn account has been made for you on Haven, your school's safeguarding records system.\nSet your password with this link (it works once, for 7 days):\n\n${link}\n\nIf you did not expect this email, tell your school's designated safeguarding lead.\n`,
    });
    return true;
  } catch {
    return false;
  }
}

export async function createStaff(
  deps: PeopleDeps,
  actor: Actor,
  input: StaffInput,
): Promise<{ staff: StaffRecord; inviteLink: string; emailed: boolean }> {
  await requireAccess(deps, actor, 'staff.create', staffResource(actor));
  const now = deps.clock.now();
  const created = await deps.store.transaction(async (r) => {
    await assertEmailFree(r, input.email);
    const staff = await r.staff.create(actor.schoolId, newId(), input, now);
    await r.audit.append(
      {
        type: 'staff.created',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'staff', id: staff.id },
        summary: `Account created for ${staff.fullName}`,
        details: { roles: staff.roles },
      },
      now,
    );
    return { staff, inviteLink: await issueInvite(deps, r, actor, staff, now) };
  });
  return { ...created, emailed: await emailInvite(deps, created.staff, created.inviteLink) };
}

export async function reissueInvite(
  deps: PeopleDeps,
  actor: Actor,
  id: string,
): Promise<{ inviteLink: string; emailed: boolean }> {
  await requireAccess(deps, actor, 'staff.update', staffResource(actor, id));
  const now = deps.clock.now();
  const { staff, inviteLink } = await deps.store.transaction(async (r) => {
    const staff = assertFound(await r.staff.get(actor.schoolId, id), 'Staff member');
    if (staff.disabled)
      throw new AppError('CONFLICT', 'Enable the account before sending a new link');
    return { staff, inviteLink: await issueInvite(deps, r, actor, staff, now) };
  });
  return { inviteLink, emailed: await emailInvite(deps, staff, inviteLink) };
}

export async function getStaff(deps: PeopleDeps, actor: Actor, id: string): Promise<StaffRecord> {
  await requireAccess(deps, actor, 'staff.read', staffResource(actor, id));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const staff = assertFound(await r.staff.get(actor.schoolId, id), 'Staff member');
    await r.audit.append(
      {
        type: 'staff.read',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'staff', id },
        summary: `Viewed staff member ${staff.fullName}`,
        details: {},
      },
      now,
    );
    return staff;
  });
}

export async function listStaff(
  deps: PeopleDeps,
  actor: Actor,
  query: { q?: string; includeDisabled?: boolean },
): Promise<StaffRecord[]> {
  await requireAccess(deps, actor, 'staff.list', staffResource(actor));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const staff = await r.staff.list(actor.schoolId, query);
    await r.audit.append(
      {
        type: 'staff.listed',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: 'Listed staff',
        details: { count: staff.length },
      },
      now,
    );
    return staff;
  });
}

/**
 * A disabled account's access to child protection files ends with it (D24): were the account
 * enabled again (a suspension lifted), the DSL decides afresh who may read a file, rather than a
 * grant coming silently back into force. Each file's history says why its grant ended.
 */
async function endGrants(r: Repos, actor: Actor, granteeId: string, now: Date): Promise<void> {
  for (const g of await r.grants.revokeLiveFor(actor.schoolId, granteeId, now.toISOString()))
    await r.audit.append(
      {
        type: 'grant.revoked',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'file', id: g.pupilId },
        summary: 'Access to a child protection file revoked: the account was disabled',
        details: { grantId: g.id, because: 'account disabled' },
      },
      now,
    );
}

/** Edits an account. Disabling ends every session at once; a last administrator cannot remove themselves. */
export async function updateStaff(
  deps: PeopleDeps,
  actor: Actor,
  id: string,
  patch: StaffPatch,
): Promise<StaffRecord> {
  await requireAccess(deps, actor, 'staff.update', staffResource(actor, id));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const before = assertFound(await r.staff.get(actor.schoolId, id), 'Staff member');
    await assertEmailFree(r, patch.email, id);
    if (
      id === actor.userId &&
      (patch.disabled ||
        (patch.roles && !patch.roles.some((x) => x === 'school_admin' || x === 'headteacher')))
    ) {
      throw new AppError(
        'VALIDATION',
        'You cannot disable your own account or remove your own administrator role',
        patch.disabled ? 'disabled' : 'roles',
      );
    }
    const after = assertFound(await r.staff.update(actor.schoolId, id, patch, now), 'Staff member');
    const changed = (['fullName', 'email', 'jobTitle', 'roles', 'disabled'] as const).filter(
      (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(before[k]),
    );
    const roleChange = changed.includes('roles')
      ? { rolesFrom: before.roles, rolesTo: after.roles }
      : {};
    await r.audit.append(
      {
        type: 'staff.updated',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'staff', id },
        summary: `Account of ${after.fullName} updated`,
        details: { changed, ...roleChange },
      },
      now,
    );
    if (before.disabled !== after.disabled) {
      if (after.disabled) {
        await r.sessions.deleteForUser(id);
        await endGrants(r, actor, id, now);
      }
      await r.audit.append(
        {
          type: after.disabled ? 'staff.disabled' : 'staff.enabled',
          actor,
          schoolId: actor.schoolId,
          subject: { type: 'staff', id },
          summary: `Account of ${after.fullName} ${after.disabled ? 'disabled' : 'enabled'}`,
          details: {},
        },
        now,
      );
    }
    if (changed.includes('roles')) await r.sessions.deleteForUser(id);
    return after;
  });
}

/** Clears MFA so the person enrols again at next sign-in; their sessions end. */
export async function resetStaffMfa(
  deps: PeopleDeps,
  actor: Actor,
  id: string,
): Promise<StaffRecord> {
  await requireAccess(deps, actor, 'staff.resetMfa', staffResource(actor, id));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const staff = assertFound(await r.staff.get(actor.schoolId, id), 'Staff member');
    await r.auth.setMfa(id, null, now);
    await r.auth.replaceRecoveryCodes(id, [], now);
    await r.sessions.deleteForUser(id);
    await r.audit.append(
      {
        type: 'auth.mfa_reset',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'staff', id },
        summary: `Two-step verification reset for ${staff.fullName}`,
        details: {},
      },
      now,
    );
    return { ...staff, mfaEnrolled: false };
  });
}
