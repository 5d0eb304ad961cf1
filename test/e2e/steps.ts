// Steps that several browser tests take through the screens: adding a teacher and a pupil,
// accepting an invite, recording a concern. Each waits for the page it ends on.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD, freshTotp, scrollsSideways, type Account } from './harness.ts';

export const PHONE = { width: 360, height: 740 };

export const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

export const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

/** The page title is exactly `title`, and never names the child (`childName`). */
export async function expectTitle(page: Page, title: string, childName: RegExp): Promise<void> {
  // The title is set after the page draws: wait for it rather than read it once.
  await expect.poll(() => page.title()).toBe(title);
  expect(await page.title()).not.toMatch(childName);
}

/** No sideways scrolling at the page's current width. */
export async function expectFits(page: Page, where: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  expect(
    await scrollsSideways(page, width),
    `${where} scrolls sideways at ${String(width)}px`,
  ).toBe(false);
}

/** Staff → Add a member of staff with one role (its label). Returns the one-time invite link. */
export async function addStaff(
  page: Page,
  fullName: string,
  email: string,
  role: string,
): Promise<string> {
  await menu(page).getByRole('link', { name: 'Staff' }).click();
  await h1(page, 'Staff').waitFor();
  await page.getByRole('link', { name: 'Add a member of staff' }).click();
  await h1(page, 'Add a member of staff').waitFor();
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel(role, { exact: true }).check();
  await page.getByRole('button', { name: 'Add and create invite link' }).click();
  await h1(page, `${fullName} has been added`).waitFor();
  const link = ((await page.getByTestId('invite-link').textContent()) ?? '').trim();
  expect(link).toMatch(/\/invite#.+/);
  return link;
}

/** Staff → Add a member of staff, as a teacher. Returns the one-time invite link. */
export function addTeacher(page: Page, fullName: string, email: string): Promise<string> {
  return addStaff(page, fullName, email, 'Teacher or other staff');
}

export interface NewPupil {
  firstName: string;
  lastName: string;
  yearGroup: string;
  preferredName?: string;
  /** Ticks "special educational needs or disability". */
  sen?: boolean;
}

/** Pupils → Add a pupil, with one emergency contact. Returns the pupil's id. */
export async function addPupil(page: Page, pupil: NewPupil): Promise<string> {
  await menu(page).getByRole('link', { name: 'Pupils' }).click();
  await h1(page, 'Pupils').waitFor();
  await page.getByRole('link', { name: 'Add a pupil' }).click();
  await h1(page, 'Add a pupil').waitFor();
  await page.getByLabel('Legal first name').fill(pupil.firstName);
  await page.getByLabel('Legal last name').fill(pupil.lastName);
  if (pupil.preferredName) {
    await page.getByLabel('Preferred first name (optional)').fill(pupil.preferredName);
  }
  await page.getByLabel('Day', { exact: true }).fill('9');
  await page.getByLabel('Month', { exact: true }).fill('11');
  await page.getByLabel('Year', { exact: true }).fill('2015');
  await page.getByLabel('Male', { exact: true }).check();
  await page.getByLabel('Year group').selectOption({ label: pupil.yearGroup });
  if (pupil.sen) await page.getByLabel('Special educational needs or disability (SEN)').check();
  await page.getByLabel('Name', { exact: true }).fill(`Alex ${pupil.lastName}`);
  await page.getByLabel('Relationship to the pupil').fill('Father');
  await page.getByLabel('Phone number 1').fill('07700 900123');
  await page.getByRole('button', { name: 'Add pupil' }).click();
  await h1(
    page,
    new RegExp(`${pupil.preferredName ?? pupil.firstName} ${pupil.lastName}`),
  ).waitFor();
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

/** Sets a password from an invite link (the caller signs in afterwards). */
export async function acceptInvite(page: Page, inviteLink: string): Promise<void> {
  await page.goto(inviteLink);
  await h1(page, 'Create your password').waitFor();
  await page.getByLabel('Create a password').fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await h1(page, 'Your password is set').waitFor();
}

export interface RecordedConcern {
  id: string;
  reference: string;
}

/** Records a plain (not urgent) concern about one child, ending on the receipt page. */
export async function recordConcern(
  page: Page,
  baseUrl: string,
  concern: { search: string; childName: string; observed: string; category: string },
): Promise<RecordedConcern> {
  await page.goto(`${baseUrl}/concerns/new`);
  await h1(page, 'Record a concern').waitFor();
  await page.getByLabel('Find a child').fill(concern.search);
  await page.getByRole('button', { name: new RegExp(concern.childName) }).click();
  const chosen = page.getByRole('list', { name: 'Children in this concern' });
  await expect.poll(() => chosen.textContent()).toContain(concern.childName);
  await page
    .getByRole('group', { name: 'Is the child at risk of immediate harm?' })
    .getByLabel('No')
    .check();
  await page.getByLabel('What did you see, hear or do?').fill(concern.observed);
  await page.getByLabel('What is it mainly about?').selectOption({ label: concern.category });
  await page
    .getByRole('group', { name: 'Have you spoken to the DSL about this?' })
    .getByLabel('No')
    .check();
  await page.getByRole('button', { name: 'Send to the DSL' }).click();
  await h1(page, 'Concern sent').waitFor();
  const reference = ((await page.getByTestId('concern-reference').textContent()) ?? '').trim();
  expect(reference).not.toBe('');
  const id = /\/concerns\/([0-9a-f-]{36})\/sent$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
  expect(id).not.toBe('');
  return { id, reference };
}

/** What has focus: its id, tag and text, for keyboard passes and failure messages. */
export function focused(page: Page): Promise<{ id: string; tag: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
    };
  });
}

/**
 * Presses Tab until the element with this id has focus, and returns the ids focus passed on the
 * way, leaving out where it started (a date or time input takes a press per part).
 */
export async function tabTo(page: Page, id: string, most = 12): Promise<string[]> {
  const start = (await focused(page)).id;
  const passed: string[] = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const now = (await focused(page)).id;
    if (now !== start && passed[passed.length - 1] !== now) passed.push(now);
    if (now === id) return passed;
  }
  throw new Error(
    `Tab did not reach #${id} in ${String(most)} presses; it passed ${passed.join(', ')}`,
  );
}

/** The page's "Done" (or problem) banner, which takes focus after an action. */
export async function expectNotice(page: Page, text: string): Promise<void> {
  const banner = page.locator('.govuk-notification-banner');
  await expect.poll(() => banner.first().textContent()).toContain(text);
}

/** Signs in through the pages with a security code from `code` (for a server on its own clock). */
export async function signInWithCode(
  page: Page,
  baseUrl: string,
  account: { email: string; password: string },
  code: () => string,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await h1(page, 'Enter your security code').waitFor();
  await page.getByLabel('Security code').fill(code());
  await page.getByRole('button', { name: 'Continue' }).click();
  await h1(page, /Home/).waitFor();
}

/** First sign-in of a role that must use MFA: set up the authenticator app through the pages. */
export async function signInAndEnrol(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await enrol(page, account);
}

/** On the "Set up your authenticator app" page: set it up; `account` keeps the secret. */
export async function enrol(page: Page, account: Account): Promise<void> {
  await h1(page, 'Set up your authenticator app').waitFor();
  const secret = ((await page.locator('code.haven-secret').textContent()) ?? '').trim();
  account.totpSecret = secret;
  await page.getByLabel('Code from your authenticator app').fill(await freshTotp(secret));
  await page.getByRole('button', { name: 'Continue' }).click();
  await h1(page, 'Your authenticator app is set up').waitFor();
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await h1(page, /Home/).waitFor();
}
