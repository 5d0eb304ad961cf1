// The staff code of conduct (D48): the headteacher publishes it, a teacher reads and acknowledges
// it, the report shows who has, and a new version asks everyone again. Checked with axe, at
// 360px, and by keyboard.
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
let head: Account;
let headContext: BrowserContext;
let admin: Page;
let teacherContext: BrowserContext;
let teacher: Page;
let problems: string[] = [];
let teacherProblems: string[] = [];

const TEACHER: Account = {
  email: 'tom.baker@example.org',
  password: PASSWORD,
  fullName: 'Tom Baker',
  totpSecret: '',
};
const REMINDER = 'Please read and acknowledge the code of conduct';
const AGREE = 'I have read and understood the code of conduct and will follow it';
const TITLE = 'Staff code of conduct';
// Plain text: a blank line between paragraphs; markup in it is shown as written, never run.
const BODY = [
  'Staff must never be alone with a child behind a closed door.',
  'Do not contact pupils on personal phones or social media.\nUse school systems only.',
  'Treat <b>every</b> child with respect. <img src=x onerror="window.__conductHacked=1">',
].join('\n\n');
const ACKNOWLEDGED = /Acknowledged \d{1,2} \S+ \d{4}, \d{2}:\d{2}/;

const main = (page: Page) => page.locator('main');
const reminder = (page: Page) => page.getByTestId('conduct-reminder');
const person = (page: Page, name: string) =>
  page.getByTestId('conduct-person').filter({ hasText: name });
const hasFocus = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement);
const rowNames = (page: Page) =>
  page.locator('[data-testid="conduct-person"] th').allTextContents();

async function goHome(page: Page): Promise<void> {
  await menu(page).getByRole('link', { name: 'Home' }).click();
  await h1(page, /Home/).waitFor();
}

async function openReport(page: Page): Promise<void> {
  await goHome(page);
  await main(page)
    .getByRole('link', { name: 'Code of conduct acknowledgements', exact: true })
    .click();
  await h1(page, 'Code of conduct acknowledgements').waitFor();
}

async function publish(page: Page, title: string, body: string, version: number): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('The code of conduct', { exact: true }).fill(body);
  await page.getByRole('button', { name: `Publish version ${String(version)}` }).click();
  await expectNotice(page, `Version ${String(version)} published.`);
}

beforeAll(async () => {
  haven = await startHaven();
  head = await setUpSchool(haven);
  browser = await launchBrowser();
  headContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  admin = await headContext.newPage();
  problems = watchPageErrors(admin);
  await signIn(admin, haven.baseUrl, head);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('code of conduct', () => {
  test(
    'the head publishes it, a teacher acknowledges it, and a new version asks again',
    { timeout: LONG },
    async () => {
      // Before anything is published: no reminder, and a plain message for everyone.
      expect(await reminder(admin).count()).toBe(0);
      await main(admin).getByRole('link', { name: 'Code of conduct', exact: true }).click();
      await h1(admin, 'Code of conduct').waitFor();
      await expect.poll(() => admin.title()).toBe('Code of conduct – Haven');
      expect(await admin.getByTestId('conduct-none').textContent()).toContain(
        'has not published its code of conduct',
      );
      await expectAccessible(admin, 'code of conduct before one is published');

      await openReport(admin);
      expect(await admin.getByTestId('conduct-none').textContent()).toContain(
        'No code of conduct has been published yet',
      );
      await expectAccessible(admin, 'acknowledgements before one is published');

      // Empty: both fields named in the summary, which takes focus and leads to them.
      await admin.getByRole('button', { name: 'Publish version 1' }).click();
      const summary = admin.locator('.govuk-error-summary');
      await expect.poll(() => hasFocus(admin, '.govuk-error-summary')).toBe(true);
      expect(await summary.textContent()).toContain('Enter a title for the code of conduct');
      expect(await summary.textContent()).toContain('Enter the text of the code of conduct');
      await expect
        .poll(() => admin.title())
        .toBe('Error: Code of conduct acknowledgements – Haven');
      await expectAccessible(admin, 'publish form with errors');
      await summary.getByRole('link', { name: 'Enter the text of the code of conduct' }).click();
      await expect.poll(() => hasFocus(admin, '#conduct-body')).toBe(true);

      // The server refuses a title that is only spaces, naming the field.
      const blank = await admin.request.post(`${haven.baseUrl}/api/conduct`, {
        headers: { origin: haven.baseUrl },
        data: { title: '   ', body: 'Text' },
      });
      expect(blank.status()).toBe(400);
      expect(((await blank.json()) as { error: { field?: string } }).error.field).toBe('title');

      await publish(admin, TITLE, BODY, 1);
      expect(await summary.count()).toBe(0);
      await expect.poll(() => admin.title()).toBe('Code of conduct acknowledgements – Haven');
      await expect
        .poll(() => admin.getByTestId('conduct-current').textContent())
        .toContain('version 1');
      expect(await admin.getByTestId('conduct-counts').textContent()).toContain(
        '1 person has not acknowledged it yet',
      );
      expect(await person(admin, head.fullName).textContent()).toContain('Not yet');
      await expectAccessible(admin, 'acknowledgements after publishing version 1');

      // A teacher joins, and is asked on the home page.
      const invite = await addTeacher(admin, TEACHER.fullName, TEACHER.email);
      teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      teacher = await teacherContext.newPage();
      teacherProblems = watchPageErrors(teacher);
      await acceptInvite(teacher, invite);
      await signIn(teacher, haven.baseUrl, TEACHER);
      await reminder(teacher).waitFor();
      expect(await reminder(teacher).textContent()).toContain(REMINDER);
      expect(
        await main(teacher)
          .getByRole('link', { name: 'Code of conduct acknowledgements', exact: true })
          .count(),
      ).toBe(0);
      await expectAccessible(teacher, 'home page asking for the code of conduct');
      await teacher.setViewportSize(PHONE);
      await expectFits(teacher, 'home page with the code of conduct reminder');
      await teacher.setViewportSize({ width: 1280, height: 900 });

      await reminder(teacher).getByRole('link', { name: 'Read the code of conduct' }).click();
      await h1(teacher, 'Code of conduct').waitFor();
      const text = teacher.getByTestId('conduct-text');
      expect(await text.getByRole('heading', { level: 2 }).textContent()).toBe(TITLE);
      expect(await teacher.getByTestId('conduct-version').textContent()).toMatch(
        /^Version 1, published on \d{1,2} \w+ \d{4} by Dana Scully$/,
      );
      // Three paragraphs; the markup is shown as typed and nothing in it ran.
      const paragraphs = await text.locator('p.haven-pre-wrap').allTextContents();
      expect(paragraphs).toEqual(BODY.split('\n\n'));
      expect(await text.locator('b, img').count()).toBe(0);
      expect(await teacher.evaluate(() => 'conductHacked' in window)).toBe(false);
      await expectAccessible(teacher, 'code of conduct to acknowledge');

      // Acknowledge without ticking: the summary says what to do.
      await teacher.getByRole('button', { name: 'Acknowledge' }).click();
      await expect.poll(() => hasFocus(teacher, '.govuk-error-summary')).toBe(true);
      expect(await teacher.locator('.govuk-error-summary').textContent()).toContain(
        'Tick the box to confirm',
      );
      await expect.poll(() => teacher.title()).toBe('Error: Code of conduct – Haven');
      await expectAccessible(teacher, 'code of conduct with an error');
      await teacher.setViewportSize(PHONE);
      await expectFits(teacher, 'code of conduct with an error');
      await teacher.setViewportSize({ width: 1280, height: 900 });

      await teacher.getByLabel(AGREE).check();
      await teacher.getByRole('button', { name: 'Acknowledge' }).click();
      await expectNotice(teacher, 'Your acknowledgement of the code of conduct has been recorded');
      await expect.poll(() => hasFocus(teacher, '.govuk-notification-banner')).toBe(true);
      expect(await teacher.getByTestId('conduct-acknowledged').textContent()).toMatch(
        /^You acknowledged version 1 on \d{1,2} \S+ \d{4}, \d{2}:\d{2}\.$/,
      );
      expect(await teacher.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
      await expect.poll(() => teacher.title()).toBe('Code of conduct – Haven');
      await expectAccessible(teacher, 'code of conduct once acknowledged');
      await teacher.setViewportSize(PHONE);
      await expectFits(teacher, 'code of conduct once acknowledged');
      await teacher.setViewportSize({ width: 1280, height: 900 });

      // The reminder has gone; the link stays.
      await goHome(teacher);
      expect(await reminder(teacher).count()).toBe(0);
      expect(
        await main(teacher).getByRole('link', { name: 'Code of conduct', exact: true }).count(),
      ).toBe(1);

      // The head's report: the teacher has, the head has not, and the head is listed first.
      await openReport(admin);
      await expect.poll(() => person(admin, TEACHER.fullName).textContent()).toMatch(ACKNOWLEDGED);
      expect(await person(admin, TEACHER.fullName).textContent()).toContain(
        'Teacher or other staff',
      );
      expect(await person(admin, head.fullName).textContent()).toContain('Not yet');
      expect(await rowNames(admin)).toEqual([head.fullName, TEACHER.fullName]);
      const counts = await admin.getByTestId('conduct-counts').textContent();
      expect(counts).toContain('1 person has acknowledged it');
      expect(counts).toContain('1 person has not acknowledged it yet');
      await expectAccessible(admin, 'acknowledgements with one acknowledged');
      await admin.setViewportSize(PHONE);
      await expectFits(admin, 'acknowledgements');
      await expectAccessible(admin, 'acknowledgements at 360px');
      await admin.setViewportSize({ width: 1280, height: 900 });

      // Version 2, started from version 1: everyone is outstanding again.
      await admin.getByRole('button', { name: 'Start from version 1' }).click();
      await expect.poll(() => hasFocus(admin, '#conduct-title')).toBe(true);
      expect(await admin.getByLabel('The code of conduct', { exact: true }).inputValue()).toBe(
        BODY,
      );
      await publish(admin, `${TITLE} (revised)`, `${BODY}\n\nReport any breach to the DSL.`, 2);
      await expect
        .poll(() => admin.getByTestId('conduct-counts').textContent())
        .toContain('2 people have not acknowledged it yet');
      expect(await person(admin, TEACHER.fullName).textContent()).toContain('Not yet');
      expect(await admin.getByTestId('conduct-counts').textContent()).toContain(
        '0 people have acknowledged it',
      );
      await expectAccessible(admin, 'acknowledgements after version 2');

      // The teacher is asked again.
      await teacher.reload();
      await h1(teacher, /Home/).waitFor();
      await reminder(teacher).waitFor();
      expect(await reminder(teacher).textContent()).toContain('version 2 was published');
      await expectAccessible(teacher, 'home page asking for version 2');
      expect(await browserStorage(admin)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(await browserStorage(teacher)).toEqual({ local: 0, session: 0, cookie: '' });
    },
  );

  test(
    'a version replaced while it was being read is not acknowledged; the form works by keyboard',
    { timeout: LONG },
    async () => {
      await reminder(teacher).getByRole('link', { name: 'Read the code of conduct' }).click();
      await h1(teacher, 'Code of conduct').waitFor();
      expect(await teacher.getByTestId('conduct-version').textContent()).toContain('Version 2');

      // The head publishes version 3 while the teacher reads version 2.
      const v3 = await admin.request.post(`${haven.baseUrl}/api/conduct`, {
        headers: { origin: haven.baseUrl },
        data: { title: `${TITLE} 3`, body: 'Version three.' },
      });
      expect(v3.status()).toBe(201);
      await teacher.getByLabel(AGREE).check();
      await teacher.getByRole('button', { name: 'Acknowledge' }).click();
      await expect.poll(() => hasFocus(teacher, '.govuk-error-summary')).toBe(true);
      expect(await teacher.locator('.govuk-error-summary').textContent()).toContain(
        'A new version of the code of conduct has been published',
      );
      await expect
        .poll(() => teacher.getByTestId('conduct-version').textContent())
        .toContain('Version 3');
      expect(await teacher.getByLabel(AGREE).isChecked()).toBe(false);
      await expectAccessible(teacher, 'code of conduct replaced while being read');

      // By keyboard alone, from the home page's reminder.
      await goHome(teacher);
      await reminder(teacher).getByRole('link', { name: 'Read the code of conduct' }).focus();
      await teacher.keyboard.press('Enter');
      await h1(teacher, 'Code of conduct').waitFor();
      await expect.poll(() => focused(teacher).then((f) => f.tag)).toBe('h1');
      await tabTo(teacher, 'conduct-agree', 10);
      expect(await teacher.getByLabel(AGREE).isChecked()).toBe(false);
      // Acknowledge without ticking, then follow the summary's link back to the box.
      await teacher.keyboard.press('Tab');
      expect((await focused(teacher)).id).toBe('conduct-acknowledge');
      await teacher.keyboard.press('Enter');
      await expect.poll(() => hasFocus(teacher, '.govuk-error-summary')).toBe(true);
      await teacher.keyboard.press('Tab');
      expect((await focused(teacher)).text).toContain('Tick the box to confirm');
      await teacher.keyboard.press('Enter');
      await expect.poll(() => focused(teacher).then((f) => f.id)).toBe('conduct-agree');
      await teacher.keyboard.press('Space');
      expect(await teacher.getByLabel(AGREE).isChecked()).toBe(true);
      await teacher.keyboard.press('Tab');
      expect((await focused(teacher)).id).toBe('conduct-acknowledge');
      await teacher.keyboard.press('Enter');
      await expectNotice(teacher, 'Your acknowledgement of the code of conduct has been recorded');
      await expect.poll(() => hasFocus(teacher, '.govuk-notification-banner')).toBe(true);
      expect(await teacher.getByTestId('conduct-acknowledged').textContent()).toContain(
        'You acknowledged version 3',
      );
      await expectAccessible(teacher, 'code of conduct acknowledged by keyboard');

      // The report follows.
      await openReport(admin);
      await expect.poll(() => person(admin, TEACHER.fullName).textContent()).toMatch(ACKNOWLEDGED);
      expect(await browserStorage(teacher)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(problems).toEqual([]);
      expect(teacherProblems).toEqual([]);
    },
  );

  test('a teacher cannot see the report or publish', { timeout: LONG }, async () => {
    await teacher.goto(`${haven.baseUrl}/school/conduct`);
    await h1(teacher, 'You cannot view this page').waitFor();
    const report = await teacher.request.get(`${haven.baseUrl}/api/conduct/report`);
    expect(report.status()).toBe(403);
    const published = await teacher.request.post(`${haven.baseUrl}/api/conduct`, {
      headers: { origin: haven.baseUrl },
      data: { title: 'Mine', body: 'Not allowed.' },
    });
    expect(published.status()).toBe(403);
    await teacherContext.close();
  });
});
