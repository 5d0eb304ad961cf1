// The DSL's inbox filtered to "my cases" from an address that can be bookmarked, and paged back
// to older concerns with "Show older".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
  expectAccessible,
  launchBrowser,
  setUpSchool,
  signIn,
  startHaven,
  watchPageErrors,
  type Account,
  type Haven,
} from './harness.ts';
import { PHONE, addPupil, expectFits, expectTitle, h1 } from './steps.ts';

const CHILD = /Ruby|Ashdown/;

let haven: Haven;
let browser: Browser;
let dslAccount: Account;
let dsl: Page;
let problems: string[] = [];

/**
 * Records `count` concerns about the child through the API, from the DSL's own page (the same
 * origin and session), and acknowledges the first `acknowledge` of them, which makes the DSL
 * their owner. Many concerns through the form would take minutes for nothing the test is about.
 */
function recordMany(
  page: Page,
  pupilId: string,
  count: number,
  acknowledge: number,
  urgent: number,
): Promise<string[]> {
  return page.evaluate(
    async ({ pupilId, count, acknowledge, urgent }) => {
      const json = { 'content-type': 'application/json' };
      const categories = (await (await fetch('/api/categories')).json()) as {
        data: { id: string; code: string }[];
      };
      const category = categories.data.find((c) => c.code === 'neglect') ?? categories.data[0];
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const res = await fetch('/api/concerns', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            kind: 'concern',
            children: [{ pupilId, role: 'subject' }],
            childWords: '',
            observed: `Came in without a coat again (${String(i + 1)}).`,
            actionTaken: '',
            incidentAt: new Date(Date.now() - 60_000).toISOString(),
            location: '',
            primaryCategoryId: category?.id,
            tagIds: [],
            immediateRisk: i >= count - urgent,
            spokeToDsl: false,
            bodyMap: [],
          }),
        });
        if (res.status !== 201)
          throw new Error(`record: ${String(res.status)} ${await res.text()}`);
        ids.push(((await res.json()) as { data: { id: string } }).data.id);
      }
      for (const id of ids.slice(0, acknowledge)) {
        const res = await fetch(`/api/concerns/${id}/acknowledge`, { method: 'POST' });
        if (res.status !== 204) throw new Error(`acknowledge: ${String(res.status)}`);
      }
      return ids;
    },
    { pupilId, count, acknowledge, urgent },
  );
}

const rows = (page: Page) => page.locator('main tbody tr');

beforeAll(async () => {
  haven = await startHaven();
  dslAccount = await setUpSchool(haven);
  browser = await launchBrowser();
  dsl = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  problems = watchPageErrors(dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('the inbox’s filters and older pages', () => {
  test(
    '[D30] the DSL filters to "my cases", bookmarks it, pages to older concerns, and finds the unassigned urgent one',
    { timeout: LONG },
    async () => {
      await signIn(dsl, haven.baseUrl, dslAccount);
      const pupilId = await addPupil(dsl, {
        firstName: 'Ruby',
        lastName: 'Ashdown',
        yearGroup: 'Year 5',
      });
      // 52 of mine, more than one page of 50; 3 nobody owns yet, the last of them urgent.
      await recordMany(dsl, pupilId, 55, 52, 1);

      await dsl.goto(`${haven.baseUrl}/inbox?status=in_progress`);
      await h1(dsl, 'Inbox').waitFor();
      await expect.poll(() => rows(dsl).count()).toBe(50);
      expect(await dsl.getByRole('link', { name: /^In progress \(52\)$/ }).count()).toBe(1);

      await dsl.getByRole('group', { name: 'Case owner' }).getByLabel('Me').check();
      await dsl.getByRole('button', { name: 'Apply filters' }).click();
      await expect.poll(() => new URL(dsl.url()).search).toBe('?status=in_progress&owner=me');
      await dsl.getByRole('heading', { level: 2, name: 'In progress: my cases' }).waitFor();
      await expectTitle(dsl, 'Inbox – Haven', CHILD);
      await expect.poll(() => rows(dsl).count()).toBe(50);
      expect(await rows(dsl).first().locator('[data-label="Owner"]').textContent()).toBe(
        'Dana Scully',
      );
      await expect
        .poll(() => dsl.getByRole('status').first().textContent())
        .toBe('50 concerns shown; there are older ones');
      await expectAccessible(dsl, 'inbox, my cases');

      // The address holds only ids and flags: bookmarking it brings back the same view.
      await dsl.reload();
      await h1(dsl, 'Inbox').waitFor();
      await expect.poll(() => rows(dsl).count()).toBe(50);
      expect(
        await dsl.getByRole('group', { name: 'Case owner' }).getByLabel('Me').isChecked(),
      ).toBe(true);
      expect(decodeURIComponent(dsl.url())).not.toMatch(CHILD);

      await dsl.getByRole('button', { name: 'Show older concerns' }).click();
      await expect.poll(() => rows(dsl).count()).toBe(52);
      await expect.poll(() => dsl.getByRole('button', { name: /older/ }).count()).toBe(0);
      await expect.poll(() => dsl.getByRole('status').first().textContent()).toBe('52 concerns');
      // Paging never puts anything in the address.
      expect(new URL(dsl.url()).search).toBe('?status=in_progress&owner=me');
      await expectAccessible(dsl, 'inbox, my cases, older shown');

      // The status links keep the owner filter: "New" mine is empty.
      await dsl.getByRole('link', { name: /^New \(3\)$/ }).click();
      await expect.poll(() => new URL(dsl.url()).search).toBe('?owner=me');
      await dsl.getByText('No concerns here.').waitFor();

      // Unassigned and urgent only: the one urgent concern nobody has picked up.
      await dsl.getByRole('group', { name: 'Case owner' }).getByLabel('Unassigned').check();
      await dsl.getByLabel('Urgent only').check();
      await dsl.getByRole('button', { name: 'Apply filters' }).click();
      await expect.poll(() => new URL(dsl.url()).search).toBe('?owner=none&urgent=true');
      await expect.poll(() => rows(dsl).count()).toBe(1);
      const row = rows(dsl).first();
      expect(await row.locator('.govuk-tag--red').textContent()).toBe('Urgent');
      expect(await row.locator('[data-label="Owner"]').textContent()).toBe('Unassigned');
      await expectAccessible(dsl, 'inbox, unassigned and urgent');

      await dsl.setViewportSize(PHONE);
      await expectFits(dsl, 'inbox filters at 360px');
      await expectAccessible(dsl, 'inbox filters at 360px');

      expect(problems).toEqual([]);
    },
  );
});
