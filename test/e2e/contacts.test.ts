// Who to tell and who to ring (a poster for everyone), the school's own numbers and categories,
// and a DSL saying when they are away.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
  PASSWORD,
  expectAccessible,
  launchBrowser,
  setUpSchool,
  signIn,
  startHaven,
  watchPageErrors,
  type Account,
  type Haven,
} from './harness.ts';
import {
  PHONE,
  acceptInvite,
  addPupil,
  addStaff,
  expectFits,
  focused,
  h1,
  menu,
  recordConcern,
} from './steps.ts';

let haven: Haven;
let browser: Browser;
let dsl: Account;
let adminContext: BrowserContext;
let visitorContext: BrowserContext;
let admin: Page;
let visitor: Page;
let problems: string[] = [];

const VISITOR: Account = {
  email: 'val.kilmer@example.org',
  password: PASSWORD,
  fullName: 'Val Kilmer',
  totpSecret: '',
};

const main = (page: Page) => page.locator('main');

/** The record-a-concern form's category list, as its visible labels. */
async function categoryChoices(page: Page, baseUrl: string): Promise<string[]> {
  await page.goto(`${baseUrl}/concerns/new`);
  await h1(page, 'Record a concern').waitFor();
  const select = page.getByLabel('What is it mainly about?');
  await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
  return select.locator('option').allTextContents();
}

beforeAll(async () => {
  haven = await startHaven();
  dsl = await setUpSchool(haven);
  browser = await launchBrowser();
  adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  visitorContext = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  admin = await adminContext.newPage();
  visitor = await visitorContext.newPage();
  problems = [...watchPageErrors(admin), ...watchPageErrors(visitor)];
  await signIn(admin, haven.baseUrl, dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('contacts, categories and availability', () => {
  test(
    '[D04] [D46] a visitor sees who to tell and who to ring, and the page prints as a poster',
    { timeout: LONG },
    async () => {
      const invite = await addStaff(admin, VISITOR.fullName, VISITOR.email, 'Visitor');
      await acceptInvite(visitor, invite);
      await signIn(visitor, haven.baseUrl, VISITOR);

      // From the home page, and from the menu.
      expect(await menu(visitor).getByRole('link', { name: 'Contacts' }).count()).toBe(1);
      await expectAccessible(visitor, 'visitor home');
      await expectFits(visitor, 'visitor home');
      await main(visitor).getByRole('link', { name: 'Who to tell and who to ring' }).click();
      await h1(visitor, 'Who to tell and who to ring').waitFor();
      await expect.poll(() => visitor.title()).toBe('Who to tell and who to ring – Haven');

      const tell = visitor.getByRole('region', {
        name: 'If you are worried about a child, tell the designated safeguarding lead at once',
      });
      await expect.poll(() => tell.textContent()).toContain('Dana Scully');
      const danger = visitor.getByRole('region', { name: 'If a child is in immediate danger' });
      expect(await danger.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
      expect(await danger.textContent()).toContain('0345 603 7627');
      const adult = visitor.getByRole('region', {
        name: 'Worried about an adult who works with children?',
      });
      expect(await adult.textContent()).toContain('LADO');
      const whistle = visitor.getByRole('region', { name: 'Whistleblowing' });
      expect(await whistle.textContent()).toContain('NSPCC whistleblowing helpline');
      expect(await whistle.getByRole('link', { name: '0800 028 0285' }).getAttribute('href')).toBe(
        'tel:08000280285',
      );
      // Only those who run the school can change the numbers.
      expect(await visitor.getByRole('link', { name: 'Edit contacts' }).count()).toBe(0);
      await expectAccessible(visitor, 'contacts');
      await expectFits(visitor, 'contacts');

      // Printed, it is a poster: no header, menu, footer or buttons.
      const printButton = visitor.getByRole('button', { name: 'Print this page' });
      expect(await printButton.isVisible()).toBe(true);
      await visitor.emulateMedia({ media: 'print' });
      expect(await visitor.locator('header').isVisible()).toBe(false);
      expect(await menu(visitor).isVisible()).toBe(false);
      expect(await visitor.locator('footer').isVisible()).toBe(false);
      expect(await printButton.isVisible()).toBe(false);
      expect(await h1(visitor, 'Who to tell and who to ring').isVisible()).toBe(true);
      expect(await danger.getByRole('link', { name: '999' }).isVisible()).toBe(true);
      const colours = await danger.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.color, style.backgroundColor];
      });
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await visitor.emulateMedia({ media: 'screen' });
      expect(await visitor.locator('header').isVisible()).toBe(true);

      // A visitor does not say when they are away: that is for the DSL team.
      await menu(visitor).getByRole('link', { name: 'Home' }).click();
      await h1(visitor, /Home/).waitFor();
      expect(
        await visitor
          .getByRole('heading', { name: 'Are you available for safeguarding alerts?' })
          .count(),
      ).toBe(0);
    },
  );

  test(
    '[D46] an admin edits a contact number and the visitor sees the new one',
    { timeout: LONG },
    async () => {
      await menu(admin).getByRole('link', { name: 'Contacts' }).click();
      await h1(admin, 'Who to tell and who to ring').waitFor();
      await admin.getByRole('link', { name: 'Edit contacts' }).click();
      await h1(admin, 'Edit safeguarding contacts').waitFor();
      await expectAccessible(admin, 'edit contacts');
      expect(await admin.locator('#contacts-3-label').inputValue()).toBe(
        'LADO (allegations against staff)',
      );

      // A bad number: the error is on that input, and the summary links to it.
      await admin.locator('#contacts-2-phone').fill('ring the office');
      await admin.getByRole('button', { name: 'Save contacts' }).click();
      const summary = admin.locator('.govuk-error-summary');
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await summary.getByRole('link').getAttribute('href')).toBe('#contacts-2-phone');
      expect(await admin.locator('#contacts-2-phone').getAttribute('aria-invalid')).toBe('true');
      expect(await admin.locator('#contacts-2-phone-error').textContent()).toContain(
        'Phone number 3 must be',
      );
      await expect.poll(() => admin.title()).toBe('Error: Edit safeguarding contacts – Haven');
      await expectAccessible(admin, 'edit contacts with an error');
      await admin.locator('#contacts-2-phone').fill('101');

      // A new LADO number, and a new number moved up above the NSPCC helpline.
      await admin.locator('#contacts-3-phone').fill('03330 139 798');
      await admin.getByRole('button', { name: 'Add another number' }).click();
      await expect
        .poll(() => admin.evaluate(() => document.activeElement?.id))
        .toBe('contacts-6-kind');
      await admin.locator('#contacts-6-kind').selectOption('advice');
      await admin.locator('#contacts-6-label').fill('School nurse');
      await admin.locator('#contacts-6-phone').fill('01632 960555');
      await admin.getByRole('button', { name: 'Move up number 7' }).click();
      expect(await admin.locator('#contacts-5-label').inputValue()).toBe('School nurse');
      await admin.setViewportSize(PHONE);
      await expectFits(admin, 'edit contacts');
      await admin.setViewportSize({ width: 1280, height: 900 });
      await admin.getByRole('button', { name: 'Save contacts' }).click();
      await h1(admin, 'Who to tell and who to ring').waitFor();
      await expect
        .poll(() => admin.locator('.govuk-notification-banner').textContent())
        .toContain('Contacts saved');

      await visitor.goto(`${haven.baseUrl}/contacts`);
      await h1(visitor, 'Who to tell and who to ring').waitFor();
      const adult = visitor.getByRole('region', {
        name: 'Worried about an adult who works with children?',
      });
      await expect.poll(() => adult.textContent()).toContain('03330 139 798');
      expect(await main(visitor).textContent()).not.toContain('03330 139 797');
      const advice = await visitor.locator('.haven-poster__label').allTextContents();
      expect(advice.indexOf('School nurse')).toBe(advice.indexOf('NSPCC helpline') - 1);
      await expectFits(visitor, 'contacts after the change');
    },
  );

  test(
    '[D07] a DSL adds a category and hides one, and the record-a-concern form follows',
    { timeout: LONG },
    async () => {
      await menu(admin).getByRole('link', { name: 'Home' }).click();
      await h1(admin, /Home/).waitFor();
      await main(admin).getByRole('link', { name: 'Categories of concern' }).click();
      await h1(admin, 'Categories of concern').waitFor();
      await expectAccessible(admin, 'categories');
      const row = (label: string) =>
        admin.getByTestId('category').filter({ hasText: new RegExp(`^${label}`) });

      await admin.getByLabel('Name', { exact: true }).fill('Young carer');
      await admin.getByLabel('Group (optional)').selectOption('Specific issues');
      await admin.getByRole('button', { name: 'Add category' }).click();
      await expect
        .poll(() => admin.locator('.govuk-notification-banner').textContent())
        .toContain('“Young carer” added');
      const specific = admin.getByRole('region', { name: 'Specific issues' });
      await expect.poll(() => specific.textContent()).toContain('Young carer');

      await row('Online safety').getByRole('button', { name: 'Hide Online safety' }).click();
      await expect.poll(() => row('Online safety').locator('.govuk-tag--grey').count()).toBe(1);
      expect(await row('Online safety').textContent()).toContain('Hidden');
      expect(
        await row('Online safety').getByRole('button', { name: 'Show Online safety' }).count(),
      ).toBe(1);

      await row('Drugs or alcohol')
        .getByRole('button', { name: 'Rename Drugs or alcohol' })
        .click();
      const newName = admin.getByLabel('New name for Drugs or alcohol');
      await expect.poll(() => newName.evaluate((el) => el === document.activeElement)).toBe(true);
      await newName.fill('Drugs, alcohol or solvents');
      await admin.getByRole('button', { name: 'Save name' }).click();
      await expect.poll(() => row('Drugs, alcohol or solvents').count()).toBe(1);
      await expectAccessible(admin, 'categories after changes');
      await admin.setViewportSize(PHONE);
      await expectFits(admin, 'categories');
      await admin.setViewportSize({ width: 1280, height: 900 });

      for (const page of [admin, visitor]) {
        const choices = await categoryChoices(page, haven.baseUrl);
        expect(choices).toContain('Young carer');
        expect(choices).toContain('Drugs, alcohol or solvents');
        expect(choices).not.toContain('Online safety');
        expect(choices).not.toContain('Drugs or alcohol');
      }
    },
  );

  test(
    "[D30] the school's own levels of need: one is added, by keyboard, and the page passes axe",
    { timeout: LONG },
    async () => {
      await admin.goto(`${haven.baseUrl}/school`);
      await main(admin).getByRole('link', { name: 'Change levels of need' }).click();
      await h1(admin, 'Levels of need').waitFor();
      expect(await main(admin).textContent()).toContain('Universal');
      await expectAccessible(admin, 'levels of need');

      // Nothing entered: the summary takes focus and leads to the field.
      await admin.getByRole('button', { name: 'Add level' }).click();
      await expect.poll(async () => (await focused(admin)).text).toContain('There is a problem');
      await expectAccessible(admin, 'levels of need with an error');
      await admin.locator('.govuk-error-summary a').first().click();
      expect((await focused(admin)).id).toBe('new-level-label');
      await admin.keyboard.type('Targeted support');
      await admin.getByRole('button', { name: 'Add level' }).click();
      await expect
        .poll(() => admin.locator('.govuk-notification-banner').textContent())
        .toContain('“Targeted support” added');
      // Retired, it stays on the list, marked, for decisions that used it.
      await admin.getByRole('button', { name: /^Retire.*Targeted support/ }).click();
      await expect
        .poll(() => admin.getByRole('button', { name: /^Bring back.*Targeted support/ }).count())
        .toBe(1);
      await expectAccessible(admin, 'levels of need with one retired');
      await admin.setViewportSize(PHONE);
      await expectFits(admin, 'levels of need');
      await admin.setViewportSize({ width: 1280, height: 900 });
    },
  );

  test('[D05] the DSL marks themselves away and back', { timeout: LONG }, async () => {
    await admin.goto(`${haven.baseUrl}/`);
    await h1(admin, /Home/).waitFor();
    const panel = admin.getByRole('region', { name: 'Are you available for safeguarding alerts?' });
    await expectAccessible(admin, 'DSL home');

    await panel.getByLabel('Date').fill('');
    await panel.getByRole('button', { name: 'Mark me away' }).click();
    await expect
      .poll(() => panel.locator('.govuk-error-summary').textContent())
      .toContain('Enter the date you will be back');
    await expectAccessible(admin, 'DSL home with an availability error');

    await panel.getByRole('button', { name: 'Back tomorrow morning' }).click();
    const status = panel.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Alerts will go to your deputies until .*08:00\.$/);
    expect(await panel.locator('.govuk-error-summary').count()).toBe(0);
    const now = panel.getByTestId('availability-now');
    await expect.poll(() => now.textContent()).toMatch(/^You are marked away until .*08:00/);

    // With the only person on the alert ladder away, the recorder is told nobody was alerted.
    await addPupil(admin, { firstName: 'Ivy', lastName: 'Marsh', yearGroup: 'Year 2' });
    await recordConcern(visitor, haven.baseUrl, {
      search: 'Ivy',
      childName: 'Ivy Marsh',
      observed: 'She said nobody was home again last night.',
      category: 'Neglect',
    });
    const nobody = visitor.getByTestId('nobody-alerted');
    await expect.poll(() => nobody.textContent()).toContain('Nobody could be alerted');
    expect(await main(visitor).textContent()).not.toContain('The DSL has been alerted');
    await expectAccessible(visitor, 'concern sent with nobody to alert');
    await admin.goto(`${haven.baseUrl}/`);
    await h1(admin, /Home/).waitFor();

    await panel.getByRole('button', { name: 'I am back now' }).click();
    await expect.poll(() => status.textContent()).toBe('You will get alerts again.');
    await expect.poll(() => now.textContent()).toBe('You are getting safeguarding alerts.');

    await admin.setViewportSize(PHONE);
    await expectFits(admin, 'DSL home');
    await admin.setViewportSize({ width: 1280, height: 900 });

    // Both are in the audit log, under their own event type.
    await admin.goto(`${haven.baseUrl}/audit`);
    await h1(admin, 'Audit log').waitFor();
    await admin.getByLabel('Event', { exact: true }).selectOption('staff.availability_changed');
    await admin.getByRole('button', { name: 'Show events' }).click();
    await expect.poll(() => admin.locator('tbody tr').count()).toBe(2);
    const rows = await admin.locator('tbody').textContent();
    expect(rows).toContain('Availability for alerts changed');
    expect(rows).toContain('Marked available');
    expect(rows).toContain('Marked unavailable');

    expect(problems).toEqual([]);
  });
});
