// Referral agencies: the school's administrator adds its own, hides Haven's it does not use, and
// the referral forms follow. Checked with axe, at 360px, and by keyboard.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
  PASSWORD,
  browserStorage,
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
  addTeacher,
  expectFits,
  expectNotice,
  focused,
  h1,
  menu,
  tabTo,
} from './steps.ts';

let haven: Haven;
let browser: Browser;
let dsl: Account;
let adminContext: BrowserContext;
let admin: Page;
let problems: string[] = [];

const ESSEX = 'Essex Child and Family Wellbeing Service';
const BUILT_IN = [
  'Children and Families Hub (MASH)',
  'Police',
  'Channel (Prevent)',
  'MACE (missing and child exploitation)',
  'LADO',
  'CAMHS',
  'Early help',
  'Health (GP, school nurse, health visitor)',
  'Other agency',
];
const REQUIRED = ['Children and Families Hub (MASH)', 'Police', 'Other agency'];

const main = (page: Page) => page.locator('main');
const region = (page: Page, name: string) => page.getByRole('region', { name });
/** One agency's row, found by its exact name. */
const row = (page: Page, label: string) =>
  page.getByTestId('agency').filter({ has: page.getByText(label, { exact: true }) });
/** The names in a part of the list, in order. */
const names = (page: Page, part: string) =>
  region(page, part)
    .locator('[data-testid="agency"] .haven-category__name > span:first-child')
    .allTextContents();
const hasFocus = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement);

/** The agencies the "record a referral you made yourself" form offers. */
async function referralChoices(page: Page): Promise<string[]> {
  await page.goto(`${haven.baseUrl}/referrals/self`);
  await h1(page, 'Record a referral you made yourself').waitFor();
  const select = page.getByLabel('Who did you refer to?');
  await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
  return select.locator('option').allTextContents();
}

beforeAll(async () => {
  haven = await startHaven();
  dsl = await setUpSchool(haven);
  browser = await launchBrowser();
  adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  admin = await adminContext.newPage();
  problems = watchPageErrors(admin);
  await signIn(admin, haven.baseUrl, dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('referral agencies', () => {
  test(
    'the administrator adds an agency and hides CAMHS, and the referral form follows',
    { timeout: LONG },
    async () => {
      // From the home page, next to the school calendar.
      const cards = await main(admin).locator('.haven-card__title').allTextContents();
      expect(cards.indexOf('Referral agencies')).toBe(cards.indexOf('School calendar') + 1);
      await main(admin).getByRole('link', { name: 'Referral agencies' }).click();
      await h1(admin, 'Referral agencies').waitFor();
      await expect.poll(() => admin.title()).toBe('Referral agencies – Haven');
      await expect.poll(() => names(admin, 'Built into Haven')).toEqual(BUILT_IN);
      expect(await region(admin, 'Added by your school').textContent()).toContain(
        'Your school has not added any agencies yet.',
      );
      await expectAccessible(admin, 'referral agencies');

      // The ones Haven's duties need can never be hidden: no button, and it says so in words.
      for (const label of REQUIRED) {
        expect(await row(admin, label).getByRole('button').count()).toBe(0);
        expect(await row(admin, label).textContent()).toContain('Always shown');
      }
      // Haven's own keep their names.
      expect(
        await row(admin, 'CAMHS')
          .getByRole('button', { name: /^Rename/ })
          .count(),
      ).toBe(0);

      // An empty name: the summary takes focus and its link leads to the field.
      await admin.getByRole('button', { name: 'Add agency' }).click();
      const summary = admin.locator('.govuk-error-summary');
      await expect.poll(() => hasFocus(admin, '.govuk-error-summary')).toBe(true);
      expect(await summary.textContent()).toContain('Enter the agency’s name');
      await expect.poll(() => admin.title()).toBe('Error: Referral agencies – Haven');
      await expectAccessible(admin, 'referral agencies with an error');
      await summary.getByRole('link', { name: 'Enter the agency’s name' }).click();
      await expect.poll(() => hasFocus(admin, '#new-agency-label')).toBe(true);

      // A name already on the list (in any case) is refused before it is sent...
      await admin.getByLabel('Name of the agency').fill('camhs');
      await admin.getByRole('button', { name: 'Add agency' }).click();
      await expect.poll(() => summary.textContent()).toContain('There is already an agency');

      await admin.getByLabel('Name of the agency').fill(ESSEX);
      await admin.getByRole('button', { name: 'Add agency' }).click();
      await expectNotice(admin, `“${ESSEX}” added.`);
      expect(await summary.count()).toBe(0);
      expect(await admin.getByLabel('Name of the agency').inputValue()).toBe('');
      await expect.poll(() => names(admin, 'Added by your school')).toEqual([ESSEX]);

      // ...and by the server too.
      const again = await admin.request.post(`${haven.baseUrl}/api/agencies`, {
        headers: { origin: haven.baseUrl },
        data: { label: ESSEX.toUpperCase() },
      });
      expect(again.status()).toBe(409);
      expect(((await again.json()) as { error: { field?: string } }).error.field).toBe('label');

      await row(admin, 'CAMHS').getByRole('button', { name: 'Hide CAMHS' }).click();
      await expectNotice(admin, '“CAMHS” is hidden.');
      await expect.poll(() => row(admin, 'CAMHS').locator('.govuk-tag--grey').count()).toBe(1);
      expect(await row(admin, 'CAMHS').textContent()).toContain('Hidden');
      expect(await row(admin, 'CAMHS').getByRole('button', { name: 'Show CAMHS' }).count()).toBe(1);

      // The list as it is now, after a reload: CAMHS in its place but hidden, Essex at the end.
      await admin.reload();
      await h1(admin, 'Referral agencies').waitFor();
      await expect.poll(() => names(admin, 'Built into Haven')).toEqual(BUILT_IN);
      expect(await names(admin, 'Added by your school')).toEqual([ESSEX]);
      expect(await row(admin, 'CAMHS').textContent()).toContain('Hidden');
      expect(await row(admin, ESSEX).textContent()).not.toContain('Hidden');
      expect(await row(admin, 'LADO').textContent()).not.toContain('Hidden');
      await expectAccessible(admin, 'referral agencies after changes');

      // At 360px, with a rename form open too.
      await admin.setViewportSize(PHONE);
      await expectFits(admin, 'referral agencies');
      await row(admin, ESSEX)
        .getByRole('button', { name: `Rename ${ESSEX}` })
        .click();
      await admin.getByLabel(`New name for ${ESSEX}`).waitFor();
      await expectFits(admin, 'referral agencies while renaming');
      await expectAccessible(admin, 'referral agencies at 360px while renaming');
      await admin.getByRole('button', { name: 'Cancel' }).click();
      const renameId = await renameButtonId(admin, ESSEX);
      await expect.poll(() => hasFocus(admin, `#${renameId}`)).toBe(true);
      await admin.setViewportSize({ width: 1280, height: 900 });

      // The referral form offers the school's own and no longer offers CAMHS.
      const choices = await referralChoices(admin);
      expect(choices).toContain(ESSEX);
      expect(choices).not.toContain('CAMHS');
      expect(choices).toContain('Children and Families Hub (MASH)');

      // Shown again, it is offered again.
      await admin.goto(`${haven.baseUrl}/school/agencies`);
      await h1(admin, 'Referral agencies').waitFor();
      await row(admin, 'CAMHS').getByRole('button', { name: 'Show CAMHS' }).click();
      await expectNotice(admin, '“CAMHS” is shown again.');
      expect(await referralChoices(admin)).toContain('CAMHS');
      await admin.goto(`${haven.baseUrl}/school/agencies`);
      await h1(admin, 'Referral agencies').waitFor();
      await row(admin, 'CAMHS').getByRole('button', { name: 'Hide CAMHS' }).click();
      await expectNotice(admin, '“CAMHS” is hidden.');
    },
  );

  test('the add form and renaming work by keyboard alone', { timeout: LONG }, async () => {
    await menu(admin).getByRole('link', { name: 'Home' }).click();
    await h1(admin, /Home/).waitFor();
    await main(admin).getByRole('link', { name: 'Referral agencies' }).focus();
    await admin.keyboard.press('Enter');
    await h1(admin, 'Referral agencies').waitFor();
    await expect.poll(() => focused(admin).then((f) => f.tag)).toBe('h1');

    // Down the page from the heading: every row's buttons, then the form.
    const passed = await tabTo(admin, 'new-agency-label', 30);
    expect(passed).toContain('toggle-agency-camhs');
    expect(passed.filter((id) => id.startsWith('rename-agency-button-')).length).toBe(1);
    await admin.keyboard.press('Enter');
    await expect.poll(() => hasFocus(admin, '.govuk-error-summary')).toBe(true);
    await admin.keyboard.press('Tab');
    expect((await focused(admin)).text).toBe('Enter the agency’s name');
    await admin.keyboard.press('Enter');
    await expect.poll(() => focused(admin).then((f) => f.id)).toBe('new-agency-label');
    await admin.keyboard.type('Thurrock early help');
    await admin.keyboard.press('Tab');
    expect((await focused(admin)).id).toBe('add-agency-button');
    await admin.keyboard.press('Enter');
    await expectNotice(admin, '“Thurrock early help” added.');
    await expect.poll(() => hasFocus(admin, '.govuk-notification-banner')).toBe(true);
    await expect
      .poll(() => names(admin, 'Added by your school'))
      .toEqual([ESSEX, 'Thurrock early help']);

    // Rename: the form takes focus at the name; Enter saves.
    await admin.getByRole('button', { name: 'Rename Thurrock early help' }).focus();
    await admin.keyboard.press('Enter');
    await expect.poll(() => focused(admin).then((f) => f.id)).toMatch(/^rename-agency-local_/);
    await admin.keyboard.press('ControlOrMeta+A');
    await admin.keyboard.type('Thurrock Early Help Service');
    await admin.keyboard.press('Enter');
    await expectNotice(admin, '“Thurrock early help” is now called “Thurrock Early Help Service”.');
    await expect
      .poll(() => names(admin, 'Added by your school'))
      .toEqual([ESSEX, 'Thurrock Early Help Service']);
    await expectAccessible(admin, 'referral agencies after keyboard changes');
    expect(await browserStorage(admin)).toEqual({ local: 0, session: 0, cookie: '' });
    expect(problems).toEqual([]);
  });

  test(
    'a teacher has no link and cannot open the page or the list',
    { timeout: LONG },
    async () => {
      const invite = await addTeacher(admin, 'Tom Baker', 'tom.baker@example.org');
      const context = await browser.newContext();
      const teacher = await context.newPage();
      const teacherProblems = watchPageErrors(teacher);
      await acceptInvite(teacher, invite);
      await signIn(teacher, haven.baseUrl, {
        email: 'tom.baker@example.org',
        password: PASSWORD,
        fullName: 'Tom Baker',
        totpSecret: '',
      });
      expect(await main(teacher).getByRole('link', { name: 'Referral agencies' }).count()).toBe(0);
      await teacher.goto(`${haven.baseUrl}/school/agencies`);
      await h1(teacher, 'You cannot view this page').waitFor();
      const list = await teacher.request.get(`${haven.baseUrl}/api/agencies`);
      expect(list.status()).toBe(403);
      // The teacher's own referral form still follows the school's list.
      const choices = await referralChoices(teacher);
      expect(choices).toContain(ESSEX);
      expect(choices).not.toContain('CAMHS');
      expect(teacherProblems).toEqual([]);
      await context.close();
    },
  );
});

/** The id of an agency's Rename button. */
async function renameButtonId(page: Page, label: string): Promise<string> {
  return (
    (await row(page, label)
      .getByRole('button', { name: `Rename ${label}` })
      .getAttribute('id')) ?? ''
  );
}
