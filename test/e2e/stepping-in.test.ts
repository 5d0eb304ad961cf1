// When the DSL team is away the alerts climb to the school's leaders (D05): the teacher is told
// who was alerted, and the headteacher the alert reached opens that concern (never the child's
// file) and acknowledges it, by keyboard, on pages that pass axe.
import type { Browser, Page } from 'playwright-core';
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
  addTeacher,
  expectNotice,
  h1,
  recordConcern,
  signInAndEnrol,
} from './steps.ts';

const HEAD: Account = {
  email: 'walter.skinner@example.org',
  password: PASSWORD,
  fullName: 'Walter Skinner',
  totpSecret: '',
};
const TEACHER: Account = {
  email: 'tom.baker@example.org',
  password: PASSWORD,
  fullName: 'Tom Baker',
  totpSecret: '',
};

let haven: Haven;
let browser: Browser;
let dsl: Page;
let head: Page;
let teacher: Page;
let problems: string[] = [];
let pupilId = '';

beforeAll(async () => {
  haven = await startHaven();
  const dslAccount = await setUpSchool(haven);
  browser = await launchBrowser();
  dsl = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  head = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  teacher = await (
    await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
  ).newPage();
  problems = [dsl, head, teacher].flatMap((p) => watchPageErrors(p));
  await signIn(dsl, haven.baseUrl, dslAccount);
  const headInvite = await addStaff(dsl, HEAD.fullName, HEAD.email, 'Headteacher');
  const teacherInvite = await addTeacher(dsl, TEACHER.fullName, TEACHER.email);
  pupilId = await addPupil(dsl, { firstName: 'Rosa', lastName: 'Quinn', yearGroup: 'Year 5' });
  await acceptInvite(head, headInvite);
  await signInAndEnrol(head, haven.baseUrl, HEAD);
  await acceptInvite(teacher, teacherInvite);
  await signIn(teacher, haven.baseUrl, TEACHER);
}, LONG * 2);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('stepping in while the DSL team is away', () => {
  test(
    '[D05] the teacher is told the leaders were alerted; the head opens the concern, not the file, and acknowledges it',
    { timeout: LONG },
    async () => {
      // The DSL marks themselves away from their home page.
      await dsl.goto(`${haven.baseUrl}/`);
      await h1(dsl, /Home/).waitFor();
      const panel = dsl.getByRole('region', { name: 'Are you available for safeguarding alerts?' });
      await panel.getByRole('button', { name: 'Back tomorrow morning' }).click();
      await expect
        .poll(() => panel.getByTestId('availability-now').textContent())
        .toMatch(/^You are marked away/);

      const sent = await recordConcern(teacher, haven.baseUrl, {
        search: 'Rosa',
        childName: 'Rosa Quinn',
        observed: 'She flinched when an adult raised a hand.',
        category: 'Physical abuse',
      });
      await expect
        .poll(() => teacher.locator('main').textContent())
        .toContain('so the school’s leaders have been alerted');
      await expectAccessible(teacher, 'concern sent to the leaders');

      // The head's alert leads to the concern itself.
      await head.goto(`${haven.baseUrl}/notifications`);
      await h1(head, 'Notifications').waitFor();
      const alert = head.locator('li.haven-notification', {
        hasText: 'New concern',
      });
      await expect.poll(() => alert.count()).toBe(1);
      await alert.getByRole('link', { name: /Open/ }).click();
      await h1(head, new RegExp(sent.reference)).waitFor();
      expect(new URL(head.url()).pathname).toBe(`/concerns/${sent.id}`);
      await expect
        .poll(() => head.getByTestId('stepping-in').textContent())
        .toContain('nobody in the safeguarding team was available');
      expect(await head.locator('main').textContent()).toContain('She flinched');
      // The child's file, and the team's own steps, are not offered.
      expect(await head.getByRole('link', { name: /Child protection file/ }).count()).toBe(0);
      expect(await head.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
      await expectAccessible(head, 'concern for a head stepping in');

      // By keyboard: focus the button and press Enter.
      const acknowledge = head.getByRole('button', { name: 'Acknowledge' });
      await acknowledge.focus();
      await head.keyboard.press('Enter');
      await expectNotice(head, 'Concern acknowledged');
      await expectAccessible(head, 'concern acknowledged by the head');

      // The file itself stays the DSL team's.
      await head.goto(`${haven.baseUrl}/files/${pupilId}`);
      await h1(head, 'Page not found').waitFor();
      expect(problems).toEqual([]);
    },
  );
});
