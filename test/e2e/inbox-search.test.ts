// The DSL searches the whole inbox on the server for a child whose concern is older than the first
// page, and the name typed never reaches the address bar.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
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
import { PHONE, addPupil, expectFits, expectTitle, h1 } from './steps.ts';

const CHILD = /Ruby|Ashdown/i;

let haven: Haven;
let browser: Browser;
let dslAccount: Account;
let dsl: Page;
let problems: string[] = [];

/**
 * Records a concern about each child in turn through the API, from the DSL's own page (the same
 * origin and session): many concerns through the form would take minutes for nothing the test is
 * about.
 */
function recordAbout(page: Page, pupilIds: string[]): Promise<string[]> {
  return page.evaluate(async (pupilIds) => {
    const categories = (await (await fetch('/api/categories')).json()) as {
      data: { id: string; code: string }[];
    };
    const category = categories.data.find((c) => c.code === 'neglect') ?? categories.data[0];
    const references: string[] = [];
    for (const [i, pupilId] of pupilIds.entries()) {
      const res = await fetch('/api/concerns', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
          immediateRisk: false,
          spokeToDsl: false,
          bodyMap: [],
        }),
      });
      if (res.status !== 201) throw new Error(`record: ${String(res.status)} ${await res.text()}`);
      references.push(((await res.json()) as { data: { reference: string } }).data.reference);
    }
    return references;
  }, pupilIds);
}

const rows = (page: Page) => page.locator('main tbody tr');
const countLine = (page: Page) => page.getByRole('status').first();

async function search(page: Page, q: string): Promise<void> {
  await page.getByLabel('Search by reference, child or recorder').fill(q);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

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

describe('searching the whole inbox', () => {
  test(
    '[D30] the DSL finds a child whose only concern is past the first page, with nothing of the search in the address',
    { timeout: LONG },
    async () => {
      await signIn(dsl, haven.baseUrl, dslAccount);
      const ruby = await addPupil(dsl, {
        firstName: 'Ruby',
        lastName: 'Ashdown',
        yearGroup: 'Year 5',
      });
      const oscar = await addPupil(dsl, {
        firstName: 'Oscar',
        lastName: 'Fielding',
        yearGroup: 'Year 5',
      });
      // Ruby's concern first, so the 52 about Oscar push it off the first page of 50.
      const [rubys] = await recordAbout(dsl, [ruby, ...Array<string>(52).fill(oscar)]);

      await dsl.goto(`${haven.baseUrl}/inbox`);
      await h1(dsl, 'Inbox').waitFor();
      await expect.poll(() => rows(dsl).count()).toBe(50);
      expect(await rows(dsl).filter({ hasText: 'Ashdown' }).count()).toBe(0);

      await search(dsl, 'ashdown');
      await dsl.getByRole('heading', { level: 2, name: 'New matching “ashdown”' }).waitFor();
      await expect.poll(() => countLine(dsl).textContent()).toBe('1 matching concern');
      expect(await rows(dsl).count()).toBe(1);
      const row = rows(dsl).first();
      expect(await row.locator('[data-label="Children"]').textContent()).toMatch(/Ruby Ashdown/);
      expect(await row.getByRole('link').textContent()).toBe(rubys);
      await dsl
        .getByText('Searched the whole inbox under “New”, not just the concerns on the page', {
          exact: false,
        })
        .waitFor();
      // In memory only: not in the address, its history, or the browser's storage.
      expect(decodeURIComponent(dsl.url())).not.toMatch(CHILD);
      expect(new URL(dsl.url()).search).toBe('');
      expect(await browserStorage(dsl)).toEqual({ local: 0, session: 0, cookie: '' });
      await expectTitle(dsl, 'Inbox – Haven', CHILD);
      await expectAccessible(dsl, 'inbox, a search found');

      // A search that matches more than a page pages on like the inbox does.
      await search(dsl, 'Oscar Fielding');
      await expect
        .poll(() => countLine(dsl).textContent())
        .toBe('50 matching concerns shown; there are older ones');
      await dsl.getByRole('button', { name: 'Show older concerns' }).click();
      await expect.poll(() => rows(dsl).count()).toBe(52);
      await expect.poll(() => countLine(dsl).textContent()).toBe('52 matching concerns');
      expect(await rows(dsl).filter({ hasText: 'Ashdown' }).count()).toBe(0);

      await search(dsl, 'Rubie Ashdowne');
      await dsl.getByText('No concerns match “Rubie Ashdowne”.').waitFor();
      expect(await rows(dsl).count()).toBe(0);
      expect(decodeURIComponent(dsl.url())).not.toMatch(CHILD);
      await expectAccessible(dsl, 'inbox, no concerns match');

      // Longer than the API takes: said beside the box, and the inbox stays.
      await search(dsl, 'x'.repeat(101));
      await dsl.getByRole('alert').getByText('Search for 100 characters or fewer').waitFor();
      await h1(dsl, 'Inbox').waitFor();

      // The search holds under the status chosen: Ruby's concern is not "In progress".
      await search(dsl, 'ashdown');
      await expect.poll(() => rows(dsl).count()).toBe(1);
      await dsl.getByRole('link', { name: /^In progress \(0\)$/ }).click();
      await expect.poll(() => new URL(dsl.url()).search).toBe('?status=in_progress');
      await dsl.getByText('No concerns match “ashdown”.').waitFor();
      await dsl
        .getByText('Searched the whole inbox under “In progress”', { exact: false })
        .waitFor();
      expect(decodeURIComponent(dsl.url())).not.toMatch(CHILD);

      await dsl.setViewportSize(PHONE);
      await expectFits(dsl, 'inbox search at 360px');
      await expectAccessible(dsl, 'inbox search at 360px');

      await dsl.getByRole('button', { name: 'Clear search' }).click();
      await dsl.getByText('No concerns here.').waitFor();
      expect(await dsl.getByLabel('Search by reference, child or recorder').inputValue()).toBe('');
      await expect.poll(() => dsl.evaluate(() => document.activeElement?.id)).toBe('q');

      expect(problems).toEqual([]);
    },
  );
});
