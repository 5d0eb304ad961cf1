// Staff and pupil administration screens, and what a newly invited teacher sees.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
  PASSWORD,
  browserStorage,
  expectAccessible,
  launchBrowser,
  scrollsSideways,
  setUpSchool,
  signIn,
  startHaven,
  watchPageErrors,
  type Account,
  type Haven,
} from './harness.ts';

let haven: Haven;
let browser: Browser;
let dsl: Account;
let admin: BrowserContext;
let page: Page;
let inviteLink = '';
let problems: string[] = [];

const h1 = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });

beforeAll(async () => {
  haven = await startHaven();
  dsl = await setUpSchool(haven);
  browser = await launchBrowser();
  admin = await browser.newContext();
  page = await admin.newPage();
  problems = watchPageErrors(page);
  await signIn(page, haven.baseUrl, dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('admin screens', () => {
  test('add a teacher and get a one-time invite link', { timeout: LONG }, async () => {
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Staff' })
      .click();
    await h1(page, 'Staff').waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page, 'staff list');

    await page.getByRole('link', { name: 'Add a member of staff' }).click();
    await h1(page, 'Add a member of staff').waitFor();
    await expectAccessible(page, 'add staff');

    await page.getByRole('button', { name: 'Add and create invite link' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain('Select at least one role');
    await expectAccessible(page, 'add staff with errors');

    await page.getByLabel('Full name').fill('Tom Baker');
    await page.getByLabel('Email address').fill('tom.baker@example.org');
    await page.getByLabel('Job title (optional)').fill('Year 4 teacher');
    await page.getByLabel('Teacher or other staff').check();
    await page.getByRole('button', { name: 'Add and create invite link' }).click();

    await h1(page, 'Tom Baker has been added').waitFor();
    await expect
      .poll(() => page.getByText('Give this link to Tom Baker. It works once, for 7 days.').count())
      .toBe(1);
    inviteLink = ((await page.getByTestId('invite-link').textContent()) ?? '').trim();
    expect(inviteLink).toMatch(new RegExp(`^${haven.baseUrl}/invite#.+`));
    await expectAccessible(page, 'invite link');
  });

  test('edit a member of staff', { timeout: LONG }, async () => {
    await page.getByRole('link', { name: 'Back to staff' }).click();
    await h1(page, 'Staff').waitFor();
    const row = page.locator('tbody tr', { hasText: 'Tom Baker' });
    await expect.poll(() => row.textContent()).toContain('Teacher or other staff');
    expect(await row.textContent()).toContain('Not set up');

    // Search is a GET form: the query goes into the address.
    await page.getByLabel('Search by name or email').fill('tom');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.url()).toContain('q=tom');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);

    await page.getByRole('link', { name: 'Tom Baker' }).click();
    await h1(page, /Tom Baker/).waitFor();
    await expectAccessible(page, 'staff member');
    await page.getByLabel('Job title (optional)').fill('Year 5 teacher');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText('Changes saved').count()).toBe(1);
    await expect
      .poll(() => page.locator('.govuk-summary-list').first().textContent())
      .toContain('Year 5 teacher');
    await expectAccessible(page, 'staff member after saving');
  });

  test(
    'pupil view and edit, with the D03 adult flag and the contacts warning',
    { timeout: LONG },
    async () => {
      const created = await page.request.post(`${haven.baseUrl}/api/pupils`, {
        headers: { origin: haven.baseUrl },
        data: {
          legalFirstName: 'Jordan',
          legalLastName: 'Reyes',
          preferredName: null,
          dateOfBirth: '2005-09-01',
          upn: null,
          sex: 'U',
          gender: null,
          yearGroup: '14',
          senFlag: false,
          lookedAfter: true,
          emergencyContacts: [
            {
              name: 'Alex Reyes',
              relationship: 'Foster carer',
              phones: ['07700 900123'],
              priority: 1,
            },
          ],
        },
      });
      expect(created.status()).toBe(201);
      const { data } = (await created.json()) as { data: { id: string } };

      await page.goto(`${haven.baseUrl}/pupils/${data.id}`);
      await h1(page, /Jordan Reyes/).waitFor();
      await expect.poll(() => page.title()).toBe('Pupil – Haven');
      await expect.poll(() => page.locator('.haven-tag--strong').textContent()).toBe('18 or over');
      expect(await page.getByText('Fewer than two emergency contact numbers').count()).toBe(1);
      expect(await page.getByText('Looked after', { exact: true }).count()).toBe(1);
      await expectAccessible(page, 'pupil view');

      await page.getByRole('link', { name: 'Change pupil details' }).click();
      await h1(page, /Change pupil details/).waitFor();
      expect(await page.getByLabel('Day', { exact: true }).inputValue()).toBe('1');
      expect(await page.getByLabel('Phone number 1').inputValue()).toBe('07700 900123');
      await expectAccessible(page, 'pupil edit');

      // A server-side error lands on the field it names.
      await page.getByLabel('Phone number 1').fill('not a phone');
      await page.getByRole('button', { name: 'Save changes' }).click();
      const summary = page.locator('.govuk-error-summary');
      await expect.poll(() => summary.textContent()).toContain('Enter a phone number');
      const phoneGroup = page.locator('.govuk-form-group--error', {
        has: page.locator('#emergencyContacts-0-phones-0'),
      });
      expect(await phoneGroup.count()).toBe(1);
      await expectAccessible(page, 'pupil edit with a server error');

      await page.getByLabel('Phone number 1').fill('07700 900123');
      await page.getByRole('button', { name: 'Add another phone number' }).click();
      await page.getByLabel('Phone number 2').fill('01632 960002');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await h1(page, /Jordan Reyes/).waitFor();
      await expect.poll(() => page.getByText('Changes saved').count()).toBe(1);
      expect(await page.getByText('Fewer than two emergency contact numbers').count()).toBe(0);
    },
  );

  test('audit log and not-found page', { timeout: LONG }, async () => {
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await h1(page, 'Audit log').waitFor();
    await expect.poll(() => page.locator('table').textContent()).toContain('staff.created');
    expect(await page.locator('table').textContent()).toContain('pupil.updated');
    await expectAccessible(page, 'audit log');

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await scrollsSideways(page, 360)).toBe(false);
    await page.goto(`${haven.baseUrl}/staff`);
    await page.locator('tbody tr').first().waitFor();
    expect(await scrollsSideways(page, 360)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto(`${haven.baseUrl}/no-such-page`);
    await h1(page, 'Page not found').waitFor();
    await expectAccessible(page, 'not found');
    expect(problems).toEqual([]);
  });

  test(
    'the invited teacher sets a password, signs in and sees only what a teacher may',
    { timeout: LONG },
    async () => {
      const teacher = await browser.newContext();
      const tp = await teacher.newPage();
      const teacherProblems = watchPageErrors(tp);
      await tp.goto(inviteLink);
      await h1(tp, 'Create your password').waitFor();
      expect(tp.url()).toBe(`${haven.baseUrl}/invite`);
      await expectAccessible(tp, 'invite');
      await tp.getByLabel('Create a password').fill(PASSWORD);
      await tp.getByLabel('Confirm password').fill(PASSWORD);
      await tp.getByRole('button', { name: 'Set password' }).click();
      await h1(tp, 'Your password is set').waitFor();
      await expectAccessible(tp, 'invite accepted');

      // The link works once.
      const again = await teacher.newPage();
      await again.goto(inviteLink);
      await again.getByLabel('Create a password').fill(PASSWORD);
      await again.getByLabel('Confirm password').fill(PASSWORD);
      await again.getByRole('button', { name: 'Set password' }).click();
      await expect
        .poll(() => again.locator('.govuk-error-summary').textContent())
        .toContain('expired or has already been used');
      await again.close();

      // A teacher needs no MFA: straight to the home page.
      await tp.getByRole('link', { name: 'Sign in to Haven' }).click();
      await signIn(tp, haven.baseUrl, {
        email: 'tom.baker@example.org',
        password: PASSWORD,
        fullName: 'Tom Baker',
        totpSecret: '',
      });
      await expect
        .poll(() => tp.locator('main').textContent())
        .toContain('Signed in as Tom Baker (Teacher or other staff)');

      const nav = tp.getByRole('navigation', { name: 'Menu' });
      expect(await nav.getByRole('link', { name: 'Pupils' }).count()).toBe(1);
      expect(await nav.getByRole('link', { name: 'Staff' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
      const main = tp.locator('main');
      expect(await main.getByRole('link', { name: 'Staff' }).count()).toBe(0);
      expect(await main.getByRole('link', { name: 'Audit log' }).count()).toBe(0);

      // D01: the safeguarding team, and who to go to with a concern.
      const team = tp.locator('section', {
        has: tp.getByRole('heading', { name: 'Your safeguarding team' }),
      });
      await expect.poll(() => team.textContent()).toContain('Dana Scully');
      expect(await team.textContent()).toContain('Designated safeguarding lead (DSL)');
      const concern = tp.locator('section', {
        has: tp.getByRole('heading', { name: 'How to raise a concern' }),
      });
      expect(await concern.textContent()).toContain('Dana Scully');
      await expectAccessible(tp, 'teacher home');

      // Pages the role does not allow are refused without asking the server.
      await tp.goto(`${haven.baseUrl}/staff`);
      await h1(tp, 'You cannot view this page').waitFor();
      await expectAccessible(tp, 'forbidden');

      expect(await browserStorage(tp)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(teacherProblems).toEqual([]);
      await teacher.close();
    },
  );

  test('a new invite link and disabling an account', { timeout: LONG }, async () => {
    await page.goto(`${haven.baseUrl}/staff`);
    await page.getByRole('link', { name: 'Tom Baker' }).click();
    await h1(page, /Tom Baker/).waitFor();
    await page.getByRole('button', { name: 'New invite link' }).click();
    await expect.poll(() => page.getByTestId('invite-link').textContent()).toMatch(/\/invite#.+/);
    await expectAccessible(page, 'staff member with new invite link');

    await page.getByRole('button', { name: 'Disable account' }).click();
    await expect.poll(() => page.getByText('The account has been disabled').count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Enable account' }).count()).toBe(1);
    await expectAccessible(page, 'disabled staff member');
    await page.getByRole('button', { name: 'Enable account' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Disable account' }).count()).toBe(1);
  });

  test(
    'a session that has ended sends the user to sign in, with a message',
    { timeout: LONG },
    async () => {
      await page.goto(`${haven.baseUrl}/`);
      await h1(page, /Home/).waitFor();
      await admin.clearCookies();
      await page
        .getByRole('navigation', { name: 'Menu' })
        .getByRole('link', { name: 'Pupils' })
        .click();
      await h1(page, 'Sign in to Haven').waitFor();
      await expect.poll(() => page.getByText('You have been signed out').count()).toBe(1);
      expect(await page.locator('header').textContent()).not.toContain('Dana Scully');
      await admin.close();
    },
  );
});
