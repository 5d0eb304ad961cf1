// Concerns about adults (D41-D43, U02, D46): a teacher on a phone raises a concern about a
// colleague and is told only the reference and who it went to; the headteacher is alerted, decides
// it is an allegation, finds the investigation locked until the LADO is told, records that contact
// and adds an investigation step. The DSL, the colleague it is about and the teacher who raised it
// see nothing: an empty list, and "not found" for the case in the pages and the API. Checked with
// axe on every page, at 360px, and the raise form by keyboard.
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
  addStaff,
  addTeacher,
  expectFits,
  expectNotice,
  focused,
  h1,
  menu,
  signInAndEnrol,
  tabTo,
} from './steps.ts';

let haven: Haven;
let browser: Browser;
let dslAccount: Account;
let dslContext: BrowserContext;
let dsl: Page;
let headContext: BrowserContext;
let head: Page;
let teacherContext: BrowserContext;
let teacher: Page;
let subjectContext: BrowserContext;
let subject: Page;
const problems: string[][] = [];
let caseId = '';
let reference = '';

const HEAD: Account = {
  email: 'grace.hopper@example.org',
  password: PASSWORD,
  fullName: 'Grace Hopper',
  totpSecret: '',
};
const TEACHER: Account = {
  email: 'tom.baker@example.org',
  password: PASSWORD,
  fullName: 'Tom Baker',
  totpSecret: '',
};
const COLLEAGUE: Account = {
  email: 'ruth.evans@example.org',
  password: PASSWORD,
  fullName: 'Ruth Evans',
  totpSecret: '',
};
const WHAT_HAPPENED =
  'Mrs Evans kept a Year 3 pupil behind alone in the music room with the door shut after school.';
const LOCATION = 'Music room';
const CHILDREN = 'One Year 3 pupil';
const RATIONALE = 'Being alone with a child behind a closed door may show a risk of harm.';
const ADVICE = 'Do not speak to Mrs Evans yet; the LADO will check with the police first.';
const STEP = 'Interviewed the teaching assistant who saw the door shut.';
const NOTE = 'Spoke to HR: they will support the LADO process.';
const OUTCOME_WHY = 'Neither the teaching assistant nor the pupil could say what happened.';
const LOCKED = 'Investigation is locked until contact with the LADO is recorded';

const main = (page: Page) => page.locator('main');
const hasFocus = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement);

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  problems.push(watchPageErrors(page));
  return page;
}

/** Someone not on the case: an empty list, "not found" for the case, and 404 from the API. */
async function expectCannotSee(page: Page, who: string): Promise<void> {
  await page.goto(`${haven.baseUrl}/allegations`);
  await h1(page, 'Concerns about adults').waitFor();
  await expect
    .poll(() => page.getByTestId('allegations-empty').textContent())
    .toBe('You have no open cases to handle.');
  expect(await page.getByTestId('allegation-cases').count()).toBe(0);
  expect(await page.getByTestId('allegation-patterns').count()).toBe(0);
  expect(await main(page).textContent()).not.toContain(reference);
  await expectAccessible(page, `concerns about adults, empty, for ${who}`);
  await page.getByRole('link', { name: 'Closed', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('allegations-empty').textContent())
    .toBe('You have no closed cases.');

  await page.goto(`${haven.baseUrl}/allegations/${caseId}`);
  await h1(page, 'Page not found').waitFor();
  expect(await main(page).textContent()).not.toContain(COLLEAGUE.fullName);
  expect(await main(page).textContent()).not.toContain(reference);
  await expectAccessible(page, `a case ${who} is not on`);

  for (const suffix of ['', '/activity', '/pdf']) {
    const response = await page.request.get(`${haven.baseUrl}/api/allegations/${caseId}${suffix}`);
    expect(response.status(), `GET /api/allegations/:id${suffix} for ${who}`).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  }
  const list = await page.request.get(`${haven.baseUrl}/api/allegations?view=open`);
  expect(((await list.json()) as { data: unknown[] }).data).toEqual([]);
  const write = await page.request.post(`${haven.baseUrl}/api/allegations/${caseId}/entries`, {
    headers: { origin: haven.baseUrl },
    data: { kind: 'note', step: null, at: new Date().toISOString(), text: 'Let me in' },
  });
  expect(write.status(), `POST a note for ${who}`).toBe(404);
  // Not even the LADO clock gives it away on the deadlines dashboard.
  for (const state of ['watched', 'closed']) {
    const deadlines = await page.request.get(
      `${haven.baseUrl}/api/deadlines?scope=school&state=${state}`,
    );
    if (deadlines.ok()) {
      const text = await deadlines.text();
      expect(text, `deadlines (${state}) for ${who}`).not.toContain(caseId);
      expect(text).not.toContain('"allegation"');
    }
  }
  const notifications = await page.request.get(`${haven.baseUrl}/api/notifications`);
  expect(await notifications.text()).not.toMatch(/"allegation/);
}

beforeAll(async () => {
  haven = await startHaven();
  dslAccount = await setUpSchool(haven);
  browser = await launchBrowser();
  dslContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  dsl = await newPage(dslContext);
  await signIn(dsl, haven.baseUrl, dslAccount);
  const headInvite = await addStaff(dsl, HEAD.fullName, HEAD.email, 'Headteacher');
  const teacherInvite = await addTeacher(dsl, TEACHER.fullName, TEACHER.email);
  const colleagueInvite = await addTeacher(dsl, COLLEAGUE.fullName, COLLEAGUE.email);

  headContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  head = await newPage(headContext);
  await acceptInvite(head, headInvite);
  await signInAndEnrol(head, haven.baseUrl, HEAD);

  teacherContext = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  teacher = await newPage(teacherContext);
  await acceptInvite(teacher, teacherInvite);
  await signIn(teacher, haven.baseUrl, TEACHER);

  subjectContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  subject = await newPage(subjectContext);
  await acceptInvite(subject, colleagueInvite);
  await signIn(subject, haven.baseUrl, COLLEAGUE);
}, LONG * 2);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('concerns about adults', () => {
  test(
    '[D41] [D46] a teacher on a phone raises a concern about a colleague, by keyboard',
    { timeout: LONG },
    async () => {
      await head.getByTestId('notifications-link').waitFor();
      expect(await head.getByTestId('unread-count').count()).toBe(0);

      // Home: the card for everyone.
      await main(teacher)
        .getByRole('link', { name: 'Raise a concern about an adult', exact: true })
        .click();
      await h1(teacher, 'Raise a concern about an adult').waitFor();
      await expect.poll(() => teacher.title()).toBe('Raise a concern about an adult – Haven');
      const guidance = teacher.getByTestId('raise-guidance');
      await guidance.waitFor();
      const words = (await guidance.textContent()) ?? '';
      expect(words).toContain('call 999');
      expect(words).toContain('only to the headteacher, or to the chair of governors');
      expect(words).toContain('Do not discuss it with the person it is about');
      expect(words).toContain('Do not investigate it yourself');
      expect(await teacher.getByTestId('whistleblowing').textContent()).toContain('0800 028 0285');
      expect(await teacher.getByRole('link', { name: '0800 028 0285' }).getAttribute('href')).toBe(
        'tel:08000280285',
      );
      await teacher.locator('#raise-subject').waitFor();
      await expectAccessible(teacher, 'raise a concern about an adult');
      await expectFits(teacher, 'raise a concern about an adult');

      // Sent empty: the summary takes focus and its links lead to the fields.
      await teacher.locator('#raise-send').focus();
      await teacher.keyboard.press('Enter');
      await expect.poll(() => hasFocus(teacher, '.govuk-error-summary')).toBe(true);
      const summary = teacher.locator('.govuk-error-summary');
      expect(await summary.textContent()).toContain('Select who the concern is about');
      expect(await summary.textContent()).toContain('Enter what happened');
      await expect
        .poll(() => teacher.title())
        .toBe('Error: Raise a concern about an adult – Haven');
      await expectAccessible(teacher, 'raise form with errors');
      await expectFits(teacher, 'raise form with errors');
      await teacher.keyboard.press('Tab');
      expect((await focused(teacher)).text).toContain('Select who the concern is about');
      await teacher.keyboard.press('Enter');
      await expect.poll(() => focused(teacher).then((f) => f.id)).toBe('raise-subject');

      // By keyboard alone: the colleague, what happened, where and who.
      await teacher.keyboard.press('Space');
      expect(await teacher.locator('#raise-subject').isChecked()).toBe(true);
      await teacher.keyboard.press('Tab');
      expect((await focused(teacher)).id).toBe('raise-staffId');
      await teacher.keyboard.type(COLLEAGUE.fullName);
      await expect
        .poll(() =>
          teacher
            .locator('#raise-staffId')
            .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text),
        )
        .toBe(COLLEAGUE.fullName);
      await teacher.keyboard.press('Tab');
      expect((await focused(teacher)).id).toBe('raise-whatHappened');
      await teacher.keyboard.type(WHAT_HAPPENED);
      // The date and time are optional: passed over, left blank.
      const passed = await tabTo(teacher, 'raise-location', 12);
      expect(passed).toContain('raise-incidentAt-date');
      await teacher.keyboard.type(LOCATION);
      await teacher.keyboard.press('Tab');
      expect((await focused(teacher)).id).toBe('raise-childrenInvolved');
      await teacher.keyboard.type(CHILDREN);
      await tabTo(teacher, 'raise-send', 4);
      await expectAccessible(teacher, 'raise form filled in');
      await expectFits(teacher, 'raise form filled in');
      await teacher.keyboard.press('Enter');

      // The receipt: the reference and who it went to, and nothing about the concern.
      await h1(teacher, 'Concern sent').waitFor();
      reference = ((await teacher.getByTestId('allegation-reference').textContent()) ?? '').trim();
      expect(reference).not.toBe('');
      expect(await teacher.getByTestId('allegation-routed').textContent()).toBe(
        'It has been sent to the headteacher.',
      );
      const receipt = (await main(teacher).textContent()) ?? '';
      expect(receipt).not.toContain(COLLEAGUE.fullName);
      expect(receipt).not.toContain(WHAT_HAPPENED);
      expect(receipt).not.toContain(LOCATION);
      expect(receipt).toContain('0800 028 0285');
      await expect.poll(() => teacher.title()).toBe('Concern about an adult sent – Haven');
      expect(new URL(teacher.url()).pathname).toBe('/allegations/new');
      await expectAccessible(teacher, 'concern about an adult sent');
      await expectFits(teacher, 'concern about an adult sent');
      expect(await browserStorage(teacher)).toEqual({ local: 0, session: 0, cookie: '' });

      // The server names the field it refuses.
      const blank = await teacher.request.post(`${haven.baseUrl}/api/allegations`, {
        headers: { origin: haven.baseUrl },
        data: {
          subject: { name: 'Someone', relationship: 'contractor', details: '' },
          whatHappened: '   ',
          incidentAt: null,
          location: '',
          childrenInvolved: '',
          actionTaken: '',
        },
      });
      expect(blank.status()).toBe(400);
      expect(((await blank.json()) as { error: { field?: string } }).error.field).toBe(
        'whatHappened',
      );
    },
  );

  test(
    '[D42] [D43] the headteacher is alerted, decides it is an allegation, tells the LADO, then investigates',
    { timeout: LONG },
    async () => {
      // The alert reaches the header without a reload (live stream, or the 30-second poll).
      await expect
        .poll(() => head.getByTestId('unread-count').count(), { timeout: 40_000 })
        .toBe(1);
      await head.getByTestId('notifications-link').click();
      await h1(head, 'Notifications').waitFor();
      const alert = main(head).locator('.haven-notification').filter({
        hasText: 'Concern about an adult',
      });
      await alert.waitFor();
      // The alert names nobody.
      expect(await main(head).textContent()).not.toContain(COLLEAGUE.fullName);
      await expectAccessible(head, 'notifications with a concern about an adult');
      await alert.getByRole('link', { name: /Open/ }).click();
      await h1(head, new RegExp(reference)).waitFor();
      caseId = /\/allegations\/([0-9a-f-]{36})$/.exec(new URL(head.url()).pathname)?.[1] ?? '';
      expect(caseId).not.toBe('');
      await expect.poll(() => head.title()).toBe(`Concern about an adult ${reference} – Haven`);
      await expect.poll(() => head.title()).not.toContain(COLLEAGUE.fullName);

      // What was raised, by whom; the case manager; the LADO clock and number.
      const raised = (await head.getByTestId('allegation-summary').textContent()) ?? '';
      expect(raised).toContain(COLLEAGUE.fullName);
      expect(raised).toContain(WHAT_HAPPENED);
      expect(raised).toContain(TEACHER.fullName);
      expect(raised).toContain(LOCATION);
      expect(await head.getByTestId('allegation-members').textContent()).toContain(
        `${HEAD.fullName}, case manager`,
      );
      expect(await head.getByTestId('allegation-stage').textContent()).toBe(
        'Threshold decision needed',
      );
      await expect
        .poll(() => head.getByTestId('lado-clock').textContent())
        .toContain('Tell the LADO by');
      expect(await head.getByTestId('lado-phone').textContent()).toMatch(/\d{4,5} \d{3}/);
      await expect
        .poll(() => head.getByTestId('allegation-activity').textContent())
        .toContain(HEAD.fullName);
      expect(
        await head
          .getByRole('link', { name: 'Download the case chronology (PDF)' })
          .getAttribute('href'),
      ).toBe(`/api/allegations/${caseId}/pdf`);
      await expectAccessible(head, 'the case, before the threshold decision');

      // Deciding without a choice: the summary names both fields.
      await head.getByRole('button', { name: 'Record decision' }).click();
      await expect.poll(() => hasFocus(head, '.govuk-error-summary')).toBe(true);
      expect(await head.locator('.govuk-error-summary').textContent()).toContain(
        'Select whether it meets the harm threshold',
      );
      await expectAccessible(head, 'threshold decision with errors');
      await head.getByLabel('Allegation: it meets the harm threshold').check();
      await head.getByLabel('Why? (your rationale)').fill(RATIONALE);
      await head.getByRole('button', { name: 'Record decision' }).click();
      await expectNotice(head, 'Decision recorded: it is an allegation');
      await expect
        .poll(() => head.getByTestId('allegation-stage').textContent())
        .toBe('Allegation: tell the LADO');
      expect(await head.getByTestId('allegation-threshold').textContent()).toContain(RATIONALE);

      // Locked until the LADO is told: no step form, and the server refuses one too.
      expect(await head.getByTestId('investigation-locked').textContent()).toContain(LOCKED);
      expect(await head.getByRole('button', { name: 'Add step' }).count()).toBe(0);
      const early = await head.request.post(`${haven.baseUrl}/api/allegations/${caseId}/entries`, {
        headers: { origin: haven.baseUrl },
        data: { kind: 'investigation', step: 'interview', at: new Date().toISOString(), text: 'x' },
      });
      expect(early.status()).toBe(409);
      expect(((await early.json()) as { error: { message: string } }).error.message).toContain(
        LOCKED,
      );
      await expectAccessible(head, 'an allegation, investigation locked');

      // Contact with the LADO.
      await head.getByLabel('Name of the LADO').fill('Sam Patel');
      await head.getByLabel('What did they advise?').fill(ADVICE);
      await head.getByLabel('The LADO’s reference (optional)').fill('LADO-2026-118');
      await head.getByRole('button', { name: 'Record LADO contact' }).click();
      await expectNotice(head, 'Contact with the LADO recorded');
      await expect
        .poll(() => head.getByTestId('allegation-stage').textContent())
        .toBe('Allegation: being investigated');
      expect(await head.getByTestId('lado-contact').textContent()).toContain(ADVICE);
      expect(await head.getByTestId('investigation-locked').count()).toBe(0);
      await expect.poll(() => head.getByTestId('lado-clock').textContent()).toContain('Done');
      await expectAccessible(head, 'an allegation after LADO contact');

      // The investigation is open: a step goes on the chronology, newest first.
      await head.getByLabel('What kind of step?').selectOption({ label: 'Interview' });
      await head.getByLabel('What was done, and what was found?').fill(STEP);
      await head.getByRole('button', { name: 'Add step' }).click();
      await expectNotice(head, 'Interview added to the chronology');
      const entries = head.getByTestId('allegation-entry');
      const step = entries.filter({ hasText: STEP });
      await step.waitFor();
      expect(await step.textContent()).toContain('Investigation step');
      expect(await step.textContent()).toContain(HEAD.fullName);
      // Newest first: the concern being raised is at the bottom.
      expect(await entries.last().textContent()).toContain('Raised');
      const chronology = (await head.getByTestId('allegation-chronology').textContent()) ?? '';
      expect(chronology).toContain('Threshold decision');
      expect(chronology).toContain('LADO contacted');
      await expectAccessible(head, 'an allegation with an investigation step');
      await head.setViewportSize(PHONE);
      await expectFits(head, 'the case');
      await expectAccessible(head, 'the case at 360px');
      await head.setViewportSize({ width: 1280, height: 900 });

      // The LADO clock, met, on the head's deadlines, leading back to the case (no child named).
      await head.goto(`${haven.baseUrl}/deadlines?state=closed`);
      await h1(head, 'Deadlines').waitFor();
      const clock = head.getByRole('link', { name: /Open the concern about an adult/ });
      await clock.waitFor();
      expect(await clock.getAttribute('href')).toBe(`/allegations/${caseId}`);
      await expectAccessible(head, 'deadlines with the LADO clock');
      await clock.click();
      await h1(head, new RegExp(reference)).waitFor();

      // The case chronology for the LADO.
      const pdf = await head.request.get(`${haven.baseUrl}/api/allegations/${caseId}/pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');

      // The head's list: the case, its stage in words, and their role.
      await head.getByRole('link', { name: 'Back to concerns about adults' }).click();
      await h1(head, 'Concerns about adults').waitFor();
      const row = head.getByTestId('allegation-case').filter({ hasText: reference });
      await row.waitFor();
      const rowText = (await row.textContent()) ?? '';
      expect(rowText).toContain(COLLEAGUE.fullName);
      expect(rowText).toContain('Allegation: being investigated');
      expect(rowText).toContain('Case manager');
      await expect.poll(() => head.title()).toBe('Concerns about adults – Haven');
      await expectAccessible(head, 'concerns about adults for the headteacher');
      await head.setViewportSize(PHONE);
      await expectFits(head, 'concerns about adults');
      await head.setViewportSize({ width: 1280, height: 900 });
      expect(await browserStorage(head)).toEqual({ local: 0, session: 0, cookie: '' });
    },
  );

  test(
    '[D41] the DSL, the colleague it is about and the teacher who raised it cannot see it',
    { timeout: LONG },
    async () => {
      expect(caseId).not.toBe('');
      // Everyone has the list link, and it shows nothing.
      await menu(dsl).getByRole('link', { name: 'Home' }).click();
      await h1(dsl, /Home/).waitFor();
      await main(dsl).getByRole('link', { name: 'Concerns about adults', exact: true }).click();
      await h1(dsl, 'Concerns about adults').waitFor();
      await expectCannotSee(dsl, 'the DSL');
      await expectCannotSee(subject, 'the colleague it is about');
      await expectCannotSee(teacher, 'the teacher who raised it');
      await expectFits(teacher, 'a case the teacher is not on');

      // The case's activity shows who opened and changed it.
      await head.goto(`${haven.baseUrl}/allegations/${caseId}`);
      await h1(head, new RegExp(reference)).waitFor();
      const activity = head.getByTestId('allegation-activity');
      await expect.poll(() => activity.textContent()).toContain(HEAD.fullName);
      await expectAccessible(head, 'the case with its activity');
      expect(problems.flat()).toEqual([]);
    },
  );
  test(
    '[D43] the headteacher adds a note and records the outcome; the case closes with its retention',
    { timeout: LONG },
    async () => {
      await head.goto(`${haven.baseUrl}/allegations/${caseId}`);
      await h1(head, new RegExp(reference)).waitFor();

      // A note, from the chronology's "Add a note".
      await head.getByText('Add a note', { exact: true }).click();
      await expectAccessible(head, 'the case with the note form open');
      await head.getByLabel('Note', { exact: true }).fill(NOTE);
      await head.getByRole('button', { name: 'Add note' }).click();
      await expect
        .poll(() => head.getByTestId('allegation-entry').filter({ hasText: NOTE }).count())
        .toBe(1);

      // The add-someone form lists colleagues, never the person it is about.
      await head.getByText('Add someone to the case', { exact: true }).click();
      const people = await head.locator('#member-staffId option').allTextContents();
      expect(people).toContain(dslAccount.fullName);
      expect(people).not.toContain(COLLEAGUE.fullName);
      expect(people).not.toContain(HEAD.fullName);
      await expectAccessible(head, 'the case with the add-someone form open');

      // Unsubstantiated needs their date of birth (kept until pension age).
      await head.getByLabel('Unsubstantiated', { exact: true }).check();
      const outcome = head.locator('form').filter({ hasText: 'Record the outcome' });
      await outcome.getByLabel('Why? (your rationale)').fill(OUTCOME_WHY);
      await head.getByRole('button', { name: 'Record outcome and close the case' }).click();
      await expect.poll(() => hasFocus(head, '.govuk-error-summary')).toBe(true);
      expect(await head.locator('.govuk-error-summary').textContent()).toContain(
        'Enter their date of birth',
      );
      await expectAccessible(head, 'outcome form with an error');
      await head.locator('.govuk-error-summary').getByRole('link').click();
      await expect.poll(() => focused(head).then((f) => f.id)).toBe('outcome-dob-day');
      await head.locator('#outcome-dob-day').fill('14');
      await head.locator('#outcome-dob-month').fill('6');
      await head.locator('#outcome-dob-year').fill('1984');
      await head.getByRole('button', { name: 'Record outcome and close the case' }).click();
      await expectNotice(head, 'Outcome recorded: unsubstantiated');
      await expect
        .poll(() => head.getByTestId('allegation-stage').textContent())
        .toBe('Closed: unsubstantiated');
      const closed = (await head.getByTestId('allegation-outcome').textContent()) ?? '';
      expect(closed).toContain(OUTCOME_WHY);
      expect(closed).toContain('Keep the case until');
      expect(await head.getByRole('button', { name: 'Add step' }).count()).toBe(0);
      await expectAccessible(head, 'a closed case');

      // It moves to the closed list.
      await head.goto(`${haven.baseUrl}/allegations?view=closed`);
      await h1(head, 'Concerns about adults').waitFor();
      const row = head.getByTestId('allegation-case').filter({ hasText: reference });
      await row.waitFor();
      expect(await row.textContent()).toContain('Closed: unsubstantiated');
      await expectAccessible(head, 'closed concerns about adults');
      expect(problems.flat()).toEqual([]);
    },
  );
  test(
    '[U07] the headteacher sets the retention and pattern numbers; the DSL cannot',
    { timeout: LONG },
    async () => {
      await head.goto(`${haven.baseUrl}/allegations`);
      await h1(head, 'Concerns about adults').waitFor();
      await head.getByRole('link', { name: 'Retention and pattern settings' }).click();
      await h1(head, /Retention and patterns/).waitFor();
      const count = head.getByLabel('Low-level concerns about the same adult that make a pattern', {
        exact: true,
      });
      expect(await count.inputValue()).toBe('2');
      expect(await head.getByLabel('Normal pension age', { exact: true }).inputValue()).toBe('67');
      await expectAccessible(head, 'retention and pattern settings');

      await count.fill('1');
      await head.getByRole('button', { name: 'Save settings' }).click();
      await expect.poll(() => hasFocus(head, '.govuk-error-summary')).toBe(true);
      expect(await head.locator('.govuk-error-summary').textContent()).toContain(
        'Enter a whole number from 2 to 20',
      );
      await expect.poll(() => head.title()).toMatch(/^Error: /);
      await expectAccessible(head, 'settings with an error');
      await head.locator('.govuk-error-summary').getByRole('link').click();
      await expect.poll(() => focused(head).then((f) => f.id)).toBe('settings-patternCount');
      await head.keyboard.press('Control+A');
      await head.keyboard.type('3');
      await head.keyboard.press('Enter');
      await expect
        .poll(() => head.getByRole('status').filter({ hasText: 'Settings saved' }).count())
        .toBe(1);
      await head.reload();
      await h1(head, /Retention and patterns/).waitFor();
      await expect.poll(() => count.inputValue()).toBe('3');

      // The DSL has no link and no page; the server refuses them too.
      await dsl.goto(`${haven.baseUrl}/allegations`);
      await h1(dsl, 'Concerns about adults').waitFor();
      expect(await dsl.getByRole('link', { name: 'Retention and pattern settings' }).count()).toBe(
        0,
      );
      const status = await dsl.evaluate(
        async () => (await fetch('/api/allegations/settings')).status,
      );
      expect(status).toBe(403);
      expect(problems.flat()).toEqual([]);
    },
  );
});
