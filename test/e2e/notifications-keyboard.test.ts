// The notifications list by keyboard alone: reach it from the header, mark one read with Enter,
// and find focus where it was, on the notification just read, with the counts updated. The
// concern behind the alert is recorded through the runtime (Haven runs in this process): the
// journey is about the list, not the form.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { categoriesOf } from '../../src/core/concerns/use-cases/categories.ts';
import { recordConcern } from '../../src/core/concerns/use-cases/record-concern.ts';
import { pupilInputSchema } from '../../src/core/people/pupil.ts';
import {
  LONG,
  expectAccessible,
  launchBrowser,
  setUpSchool,
  signIn,
  watchPageErrors,
  type Account,
} from './harness.ts';
import { validPupil } from '../support/haven.ts';
import { h1 } from './steps.ts';
import { startInProcessHaven, type InProcessHaven } from './in-process.ts';

let haven: InProcessHaven;
let browser: Browser;
let dslAccount: Account;
let dsl: Page;
let problems: string[] = [];

/** A teacher and a pupil made in the runtime, and a concern the teacher records about them. */
async function concernFromATeacher(): Promise<void> {
  const { rt } = haven;
  const school = await rt.conn.db.selectFrom('schools').select('id').executeTakeFirstOrThrow();
  const teacherId = randomUUID();
  const pupilId = randomUUID();
  const now = rt.clock.now();
  await rt.store.transaction(async (r) => {
    await r.staff.create(
      school.id,
      teacherId,
      {
        fullName: 'Tom Baker',
        email: 'tom.baker@example.org',
        jobTitle: null,
        roles: ['staff'],
      },
      now,
    );
    await r.pupils.create(
      school.id,
      pupilId,
      pupilInputSchema.parse(
        validPupil({ legalFirstName: 'Ivy', legalLastName: 'Marsh', upn: null }),
      ),
      now,
    );
  });
  // Seeded the first time anyone asks for them, as the form would.
  const category = (await rt.store.transaction((r) => categoriesOf(r, school.id))).find(
    (c) => c.code === 'neglect',
  );
  await recordConcern(
    rt.concerns,
    {
      userId: teacherId,
      schoolId: school.id,
      fullName: 'Tom Baker',
      roles: ['staff'],
      ip: null,
      requestId: null,
    },
    {
      kind: 'concern',
      children: [{ pupilId, role: 'subject' }],
      childWords: '',
      observed: 'She said nobody was home again last night.',
      actionTaken: '',
      incidentAt: new Date(now.getTime() - 60_000).toISOString(),
      location: '',
      primaryCategoryId: category?.id ?? '',
      tagIds: [],
      immediateRisk: false,
      spokeToDsl: false,
      riskFactors: '',
      protectiveFactors: '',
      bodyMap: [],
    },
  );
}

/** What has focus: its id and text, for assertions and failure messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', text: (el?.textContent ?? '').trim().slice(0, 80) };
  });

/** Presses Tab until focus is on an element whose text starts with `text`; fails after 60. */
async function tabTo(page: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (text.test((await focused(page)).text)) return;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}

beforeAll(async () => {
  haven = await startInProcessHaven();
  dslAccount = await setUpSchool(haven);
  browser = await launchBrowser();
  dsl = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  problems = watchPageErrors(dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('notifications by keyboard', () => {
  test(
    '[D05] the DSL reaches the alert from the header, marks it read with Enter, and focus stays on it',
    { timeout: LONG },
    async () => {
      await signIn(dsl, haven.baseUrl, dslAccount);
      await concernFromATeacher();
      await dsl.goto(`${haven.baseUrl}/`);
      await h1(dsl, /Home/).waitFor();
      await expect.poll(() => dsl.getByTestId('unread-count').textContent()).toBe('1 unread');

      await tabTo(dsl, /^Notifications/);
      await dsl.keyboard.press('Enter');
      await h1(dsl, 'Notifications').waitFor();
      await expect.poll(() => dsl.locator('main').textContent()).toContain('1 unread');
      await expectAccessible(dsl, 'notifications, one unread');

      await tabTo(dsl, /^Mark as read/);
      await dsl.keyboard.press('Enter');
      await expect.poll(() => dsl.locator('main').textContent()).toContain('0 unread');
      // Focus does not fall to the top of the page: it is on the notification just read.
      await expect.poll(async () => (await focused(dsl)).id).toMatch(/^notification-/);
      expect((await focused(dsl)).text).toMatch(/^New concern/);
      await expect.poll(() => dsl.getByTestId('unread-count').count()).toBe(0);
      expect(await dsl.getByRole('button', { name: /Mark as read/ }).count()).toBe(0);
      await expectAccessible(dsl, 'notifications, all read');

      // From there the next Tab reaches the way to the concern, and Enter opens it.
      await tabTo(dsl, /^Open/);
      await dsl.keyboard.press('Enter');
      await h1(dsl, /Concern C-00001/).waitFor();
      expect(problems).toEqual([]);
    },
  );
});
