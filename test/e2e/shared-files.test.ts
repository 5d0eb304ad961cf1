// Finding a child's file: the DSL from the pupil page, a colleague given access from the alert
// that tells them and their "Files shared with you" list (D24).
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
  addTeacher,
  enrol,
  expectFits,
  expectTitle,
  h1,
  recordConcern,
} from './steps.ts';

const CHILD = /Nia|Osei|Kit|Lowe/;
const REASON = 'Class teacher: supporting the safety plan';

const TEACHER: Account = {
  email: 'tom.baker@example.org',
  password: PASSWORD,
  fullName: 'Tom Baker',
  totpSecret: '',
};

let haven: Haven;
let browser: Browser;
let dslAccount: Account;
let dsl: Page;
let teacher: Page;
let dslProblems: string[] = [];
let teacherProblems: string[] = [];
let withFile = '';
let withoutFile = '';

const fileLinks = (page: Page) => page.getByRole('link', { name: 'Child protection file' });

/** Opens a pupil's page and waits until it has drawn its links. */
async function openPupil(page: Page, pupilId: string, name: RegExp): Promise<void> {
  await page.goto(`${haven.baseUrl}/pupils/${pupilId}`);
  await h1(page, name).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Details' }).waitFor();
}

beforeAll(async () => {
  haven = await startHaven();
  dslAccount = await setUpSchool(haven);
  browser = await launchBrowser();
  dsl = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  teacher = await (
    await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
  ).newPage();
  dslProblems = watchPageErrors(dsl);
  teacherProblems = watchPageErrors(teacher);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('files shared with a colleague', () => {
  test(
    '[D24] the DSL opens a file from the pupil page and shares it; the teacher is told, finds it under "Files shared with you" and opens it',
    { timeout: LONG },
    async () => {
      await signIn(dsl, haven.baseUrl, dslAccount);
      const invite = await addTeacher(dsl, 'Tom Baker', 'tom.baker@example.org');
      withFile = await addPupil(dsl, { firstName: 'Nia', lastName: 'Osei', yearGroup: 'Year 3' });
      withoutFile = await addPupil(dsl, {
        firstName: 'Kit',
        lastName: 'Lowe',
        yearGroup: 'Year 3',
      });
      await acceptInvite(teacher, invite);
      await signIn(teacher, haven.baseUrl, TEACHER);
      await recordConcern(teacher, haven.baseUrl, {
        search: 'Nia',
        childName: 'Nia Osei',
        observed: 'She was crying at the gate and would not say why.',
        category: 'Emotional abuse',
      });

      // The teacher's pupil pages look the same whether or not the child has a file.
      for (const [id, name] of [
        [withFile, /Nia Osei/],
        [withoutFile, /Kit Lowe/],
      ] as const) {
        await openPupil(teacher, id, name);
        expect(await fileLinks(teacher).count()).toBe(0);
      }

      // The DSL reaches the file from the pupil page (the link is there for a child without one too).
      await openPupil(dsl, withoutFile, /Kit Lowe/);
      expect(await fileLinks(dsl).count()).toBe(1);
      await openPupil(dsl, withFile, /Nia Osei/);
      await fileLinks(dsl).click();
      await h1(dsl, /Child protection file/).waitFor();
      expect(new URL(dsl.url()).pathname).toBe(`/files/${withFile}`);
      await dsl.getByLabel('Who needs access').selectOption({ label: 'Tom Baker' });
      await dsl.getByLabel('Why do they need to know?').fill(REASON);
      await dsl.getByRole('button', { name: 'Give access' }).click();
      await expect
        .poll(() => dsl.locator('.govuk-notification-banner').textContent())
        .toContain('Tom Baker can now see this file');

      // The teacher's alert says what happened and leads to their list, never to the child.
      await teacher.goto(`${haven.baseUrl}/notifications`);
      await h1(teacher, 'Notifications').waitFor();
      const alert = teacher.locator('li.haven-notification', {
        hasText: 'A file has been shared with you',
      });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await teacher.locator('main').textContent()).not.toMatch(CHILD);
      await alert.getByRole('link', { name: /Open/ }).click();

      await h1(teacher, 'Files shared with you').waitFor();
      await expectTitle(teacher, 'Files shared with you – Haven', CHILD);
      expect(new URL(teacher.url()).pathname).toBe('/files/shared');
      // A password alone does not open a child protection file: two-step sign-in first.
      const first = teacher.getByTestId('mfa-first');
      await expect.poll(() => first.count()).toBe(1);
      await expectAccessible(teacher, 'files shared with you, before two-step sign-in');
      await first.getByRole('link', { name: 'Set up two-step sign-in' }).click();
      await enrol(teacher, TEACHER);
      await teacher.goto(`${haven.baseUrl}/files/shared`);
      await h1(teacher, 'Files shared with you').waitFor();
      await expect.poll(() => teacher.locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await teacher.getByTestId('mfa-first').count()).toBe(0);
      const row = teacher.locator('tbody tr', { hasText: 'Nia Osei' });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain(REASON);
      expect(await row.textContent()).toContain('Dana Scully');
      expect(await teacher.locator('tbody tr', { hasText: 'Kit Lowe' }).count()).toBe(0);
      await expectAccessible(teacher, 'files shared with you');
      await expectFits(teacher, 'files shared with you');

      await row.getByRole('link', { name: /Nia Osei/ }).click();
      await h1(teacher, /Child protection file/).waitFor();
      expect(new URL(teacher.url()).pathname).toBe(`/files/${withFile}`);
      await expect
        .poll(() => teacher.getByRole('list', { name: 'Chronology, newest first' }).count())
        .toBe(1);
      // A colleague cannot open the concern, so its entry says what was recorded (D31).
      const entry = teacher
        .getByRole('list', { name: 'Chronology, newest first' })
        .getByRole('listitem')
        .filter({ hasText: 'Concern' });
      await expect
        .poll(() => entry.textContent())
        .toContain('She was crying at the gate and would not say why.');
      for (const fact of ['Emotional abuse', 'Subject of concern', 'Immediate risk'])
        expect(await entry.textContent()).toContain(fact);
      expect(await entry.getByRole('link', { name: /Open the concern/ }).count()).toBe(0);
      await expectAccessible(teacher, 'file shared with a colleague, with a concern');
      await expectFits(teacher, 'file shared with a colleague, with a concern');

      // Access through a grant does not add the link to the pupil page either.
      await openPupil(teacher, withFile, /Nia Osei/);
      expect(await fileLinks(teacher).count()).toBe(0);

      // The DSL's own list is empty, and says so.
      await dsl.goto(`${haven.baseUrl}/files/shared`);
      await h1(dsl, 'Files shared with you').waitFor();
      await dsl.getByText('Nobody has shared a file with you at the moment.').waitFor();
      await expectAccessible(dsl, 'files shared with you, empty');

      expect([...dslProblems, ...teacherProblems]).toEqual([]);
    },
  );

  test(
    '[D30] an action the DSL gives the teacher shows under "Actions for you", and the teacher marks it done',
    { timeout: LONG },
    async () => {
      const set = await dsl.evaluate(async (ownerName) => {
        const inbox = (await (await fetch('/api/concerns')).json()) as { data: { id: string }[] };
        const staff = (await (await fetch('/api/staff')).json()) as {
          data: { id: string; fullName: string }[];
        };
        const concernId = inbox.data[0]?.id ?? '';
        const ownerId = staff.data.find((s) => s.fullName === ownerName)?.id ?? '';
        const res = await fetch(`/api/concerns/${concernId}/actions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            description: 'Sit with her at lunch',
            ownerId,
            dueOn: '2099-01-05',
          }),
        });
        return res.status;
      }, 'Tom Baker');
      expect(set).toBe(204);

      // The teacher has the file open when the DSL withdraws the access: the page says so
      // within half a minute, and the file is gone from it.
      const sharedId = await dsl.evaluate(async () => {
        const inbox = (await (await fetch('/api/concerns')).json()) as {
          data: { children: { pupilId: string }[] }[];
        };
        return inbox.data[0]?.children[0]?.pupilId ?? '';
      });
      await teacher.goto(`${haven.baseUrl}/files/${sharedId}`);
      await h1(teacher, /Child protection file/).waitFor();

      // With the file no longer shared, the action's clock does not say whose file it is on; it
      // leads to the action, which says what to do.
      const revoked = await dsl.evaluate(async (pupilId) => {
        const grants = (await (await fetch(`/api/files/${pupilId}/grants`)).json()) as {
          data: { id: string; revokedAt: string | null }[];
        };
        const statuses: number[] = [];
        for (const g of grants.data.filter((x) => !x.revokedAt))
          statuses.push(
            (
              await fetch(`/api/files/${pupilId}/grants/${g.id}/revoke`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: '{}',
              })
            ).status,
          );
        return statuses;
      }, sharedId);
      expect(revoked.length).toBeGreaterThan(0);
      expect(revoked.every((st) => st < 300)).toBe(true);
      await teacher
        .getByRole('heading', { level: 1, name: 'Your access to this file has ended' })
        .waitFor({ timeout: 45_000 });
      expect(await teacher.locator('main').textContent()).not.toMatch(CHILD);
      await expectAccessible(teacher, 'a shared file whose access ended while open');
      await teacher.goto(`${haven.baseUrl}/deadlines`);
      const clock = teacher.getByRole('listitem', {
        name: 'Do the safeguarding action you were given',
      });
      await clock.waitFor();
      expect(await clock.textContent()).not.toMatch(CHILD);
      await clock.getByRole('link', { name: /See your actions/ }).waitFor();
      await expectAccessible(teacher, 'deadlines with an action on a file not shared');
      await clock.getByRole('link', { name: /See your actions/ }).click();

      await h1(teacher, 'My concerns').waitFor();
      await teacher.goto(`${haven.baseUrl}/concerns/mine`);
      await h1(teacher, 'My concerns').waitFor();
      const actions = teacher.getByRole('region', { name: 'Actions for you' });
      await expect.poll(() => actions.textContent()).toContain('Sit with her at lunch');
      await expectAccessible(teacher, 'my concerns with an action');
      await expectFits(teacher, 'my concerns with an action');
      await actions.getByRole('button', { name: /Mark done/ }).click();
      await expect
        .poll(() => teacher.locator('.govuk-notification-banner').textContent())
        .toContain('Action marked done');
      await expect.poll(() => actions.textContent()).toContain('You have no actions left to do.');
      await expectAccessible(teacher, 'my concerns after the action');
      expect([...dslProblems, ...teacherProblems]).toEqual([]);
    },
  );
});
