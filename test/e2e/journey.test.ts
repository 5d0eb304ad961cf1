// The first-day journey: set up the school, secure the DSL's account, add a pupil, read the audit.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
  PASSWORD,
  browserStorage,
  expectAccessible,
  freshTotp,
  launchBrowser,
  scrollsSideways,
  startHaven,
  watchPageErrors,
  type Haven,
} from './harness.ts';

let haven: Haven;
let browser: Browser;

beforeAll(async () => {
  haven = await startHaven();
  browser = await launchBrowser();
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('first day with Haven', () => {
  test(
    'set up, enrol MFA, sign in again, add a pupil and see it audited',
    { timeout: LONG },
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = watchPageErrors(page);

      // Setup link: the token is read from the fragment, then taken out of the address bar.
      await page.goto(haven.setupLink);
      await h1(page, 'Set up Haven').waitFor();
      expect(page.url()).toBe(`${haven.baseUrl}/setup`);
      await expect.poll(() => page.title()).toBe('Set up Haven – Haven');
      await expectAccessible(page, 'setup');

      // Client-side checks first: mismatched passwords.
      await page.getByLabel('School name').fill('Oakfield Primary School');
      await page.getByLabel('School URN (optional)').fill('123456');
      await page.getByLabel('Local authority (optional)').fill('Exampleshire');
      await page.getByLabel('Your full name').fill('Dana Scully');
      await page.getByLabel('Email address').fill('dana.scully@example.org');
      await page.getByLabel('Create a password').fill(PASSWORD);
      await page.getByLabel('Confirm password').fill('something else entirely');
      await page.getByRole('button', { name: 'Create school and account' }).click();
      const summary = page.locator('.govuk-error-summary');
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => summary.textContent()).toContain('The passwords do not match');
      await expect.poll(() => page.title()).toBe('Error: Set up Haven – Haven');
      await expectAccessible(page, 'setup with errors');

      await page.getByLabel('Confirm password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create school and account' }).click();

      // Authenticator app: read the key shown on the page, as a person would type it in.
      await h1(page, 'Set up your authenticator app').waitFor();
      expect(page.url()).toBe(`${haven.baseUrl}/mfa/enrol`);
      await expect
        .poll(() => page.getByAltText('QR code for your authenticator app').count())
        .toBe(1);
      await expectAccessible(page, 'MFA enrolment');
      const secret = ((await page.locator('code.haven-secret').textContent()) ?? '').trim();
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      await page.getByLabel('Code from your authenticator app').fill(await freshTotp(secret));
      await page.getByRole('button', { name: 'Continue' }).click();

      // Recovery codes, shown once.
      await h1(page, 'Your authenticator app is set up').waitFor();
      await expect.poll(() => page.locator('.haven-recovery-codes li').count()).toBe(10);
      await expectAccessible(page, 'recovery codes');
      await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();

      // Home page of a DSL who is also the school administrator.
      await h1(page, /Home/).waitFor();
      expect(page.url()).toBe(`${haven.baseUrl}/`);
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('Signed in as Dana Scully');
      await expect.poll(() => page.getByText('Your safeguarding team').count()).toBe(1);
      // D01 gaps: nobody is deputy DSL or safeguarding governor yet.
      await expect
        .poll(() => page.locator('.govuk-warning-text').textContent())
        .toContain('Deputy DSL');
      await expectAccessible(page, 'home');

      // Sign out, then sign in with password and a fresh TOTP code.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await h1(page, 'Sign in to Haven').waitFor();
      await expect.poll(() => page.getByText('You have been signed out').count()).toBe(1);
      await expectAccessible(page, 'sign in');
      await page.getByLabel('Email address').fill('dana.scully@example.org');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await h1(page, 'Enter your security code').waitFor();
      expect(page.url()).toBe(`${haven.baseUrl}/mfa`);
      await expectAccessible(page, 'MFA code');
      await page.getByLabel('Security code').fill(await freshTotp(secret));
      await page.getByRole('button', { name: 'Continue' }).click();
      await h1(page, /Home/).waitFor();

      // Pupils: empty list, then the add form (with its errors), then a pupil.
      await page
        .getByRole('navigation', { name: 'Menu' })
        .getByRole('link', { name: 'Pupils' })
        .click();
      await h1(page, 'Pupils').waitFor();
      await expect.poll(() => page.getByText('No pupils have been added yet.').count()).toBe(1);
      await expectAccessible(page, 'empty pupil list');
      await page.getByRole('link', { name: 'Add a pupil' }).click();
      await h1(page, 'Add a pupil').waitFor();
      await expectAccessible(page, 'add a pupil');

      await page.getByRole('button', { name: 'Add pupil' }).click();
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect
        .poll(() => summary.textContent())
        .toContain("Enter the pupil's legal first name");
      await expectAccessible(page, 'add a pupil with errors');
      // The summary's link takes focus to the field.
      await summary.getByRole('link', { name: "Enter the pupil's date of birth" }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('dateOfBirth-day');

      await page.getByLabel('Legal first name').fill('Samantha');
      await page.getByLabel('Legal last name').fill('Okafor');
      await page.getByLabel('Preferred first name (optional)').fill('Sam');
      await page.getByLabel('Day', { exact: true }).fill('14');
      await page.getByLabel('Month', { exact: true }).fill('3');
      await page.getByLabel('Year', { exact: true }).fill('2016');
      await page.getByLabel('Female').check();
      await page.getByLabel('Year group').selectOption({ label: 'Year 4' });
      await page.getByLabel('Special educational needs or disability (SEN)').check();
      await page.getByLabel('Name', { exact: true }).fill('Grace Okafor');
      await page.getByLabel('Relationship to the pupil').fill('Mother');
      await page.getByLabel('Phone number 1').fill('07700 900982');
      await page.getByRole('button', { name: 'Add another phone number' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('emergencyContacts-0-phones-1');
      await page.getByLabel('Phone number 2').fill('01632 960001');
      await page.getByRole('button', { name: 'Add pupil' }).click();

      await h1(page, /Sam Okafor/).waitFor();
      await expect.poll(() => page.title()).toBe('Pupil – Haven');
      await expect.poll(() => page.getByText('Pupil added').count()).toBe(1);
      await expect.poll(() => page.getByText('Grace Okafor (Mother)').count()).toBe(1);
      expect(await page.getByText('Fewer than two emergency contact numbers').count()).toBe(0);
      expect(await page.getByText('18 or over').count()).toBe(0);
      await expectAccessible(page, 'pupil view');

      await page.getByRole('link', { name: 'Back to pupils' }).click();
      await h1(page, 'Pupils').waitFor();
      const row = page.locator('tbody tr', { hasText: 'Sam Okafor' });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('(Samantha Okafor)');
      expect(await row.textContent()).toContain('Year 4');
      expect(await row.textContent()).toContain('14 March 2016');
      expect(await row.textContent()).toContain('SEN');
      await expectAccessible(page, 'pupil list');

      // The audit log shows the sign-in and the new pupil.
      await page
        .getByRole('navigation', { name: 'Menu' })
        .getByRole('link', { name: 'Audit log' })
        .click();
      await h1(page, 'Audit log').waitFor();
      const table = page.locator('table');
      await expect.poll(() => table.textContent()).toContain('pupil.created');
      expect(await table.textContent()).toContain('auth.sign_in');
      expect(await table.textContent()).toContain('Dana Scully');
      await expectAccessible(page, 'audit log');

      // Filter to one event type with the GET form.
      await page.getByLabel('Event', { exact: true }).selectOption('pupil.created');
      await page.getByRole('button', { name: 'Show events' }).click();
      await expect.poll(() => page.url()).toContain('type=pupil.created');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(1);

      // Phone width: no sideways scrolling, still accessible.
      await page.setViewportSize({ width: 360, height: 740 });
      for (const pagePath of ['/pupils', '/']) {
        await page.goto(`${haven.baseUrl}${pagePath}`);
        await h1(page, pagePath === '/' ? /Home/ : 'Pupils').waitFor();
        if (pagePath === '/pupils') await page.locator('tbody tr').first().waitFor();
        expect(await scrollsSideways(page, 360), `${pagePath} scrolls sideways at 360px`).toBe(
          false,
        );
        await expectAccessible(page, `${pagePath} at 360px`);
      }

      // Nothing sensitive in browser storage; the session cookie is out of reach of scripts.
      expect(await browserStorage(page)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
