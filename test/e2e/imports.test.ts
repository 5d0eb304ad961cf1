// Pupil imports from the MIS (D03, D11): a CSV with a bad row is refused naming the row and the
// column and changes nothing; fixed, it imports with its progress shown; a second file with a
// different date of birth is held back until someone accepts it; pupils with fewer than two
// emergency numbers are listed and counted on the home page. Checked with axe, at 360px, and by
// keyboard; a teacher can do none of it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { upnCheckLetter } from '../../src/core/people/upn.ts';
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
  expectTitle,
  focused,
  h1,
  menu,
  tabTo,
} from './steps.ts';

let haven: Haven;
let browser: Browser;
let dsl: Account;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];
let dir: string;

const CHILD = /Okafor|Walsh|Singh/;
const main = (p: Page) => p.locator('main');
const hasFocus = (p: Page, selector: string) =>
  p.locator(selector).evaluate((el) => el === document.activeElement);

/** A valid UPN: a check letter, then 12 digits ending in `n`. */
function upn(n: number): string {
  const body = `80120000100${String(n)}`;
  const check = upnCheckLetter(body);
  if (!check) throw new Error(`No check letter for ${body}`);
  return `${check}${body}`;
}
/** The same UPN with the wrong check letter. */
const badUpn = (n: number) => {
  const good = upn(n);
  return `${good.startsWith('A') ? 'B' : 'A'}${good.slice(1)}`;
};

const HEADINGS =
  'UPN,Forename,Surname,Preferred name,Date of birth,Sex,Year group,SEN,Looked after,' +
  'Contact 1 name,Contact 1 relationship,Contact 1 phones,' +
  'Contact 2 name,Contact 2 relationship,Contact 2 phones';

/** Three pupils: Ava (two numbers for one contact), Ben (one each for two), Cara (one only). */
function roster(opts: { benUpn?: string; avaBorn?: string } = {}): string {
  return [
    HEADINGS,
    `${upn(1)},Ava,Okafor,,${opts.avaBorn ?? '09/11/2015'},F,Year 5,N,N,Grace Okafor,Mother,07700 900111;01632 960111,,,`,
    `${opts.benUpn ?? upn(2)},Ben,Walsh,Benji,2016-03-14,M,4,K,N,Sean Walsh,Father,07700 900222,Mary Walsh,Grandmother,07700 900223`,
    `${upn(3)},Cara,Singh,,2014-07-01,F,6,N,Y,Priya Singh,Carer,07700 900333,,,`,
  ].join('\r\n');
}

function csvFile(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

async function pupilCount(p: Page): Promise<number> {
  const response = await p.request.get(`${haven.baseUrl}/api/pupils`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: unknown[] }).data.length;
}

/** Chooses a file on the import page and checks it. */
async function check(p: Page, file: string): Promise<void> {
  await p.getByLabel('Pupil list (CSV)').setInputFiles(file);
  await p.getByRole('button', { name: 'Check the file' }).click();
}

/**
 * Imports the checked file and waits for the job to finish. The first answer about the job is
 * held back for a moment, so the page can be seen (and checked with axe) while it runs. Returns
 * how many times the page asked about the job.
 */
async function importChecked(p: Page, rows: number, where: string): Promise<number> {
  let polls = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const jobUrl = /\/api\/imports\/jobs\/[0-9a-f-]{36}$/;
  await p.route(jobUrl, async (route) => {
    polls++;
    await held;
    await route.continue();
  });
  await p.getByRole('button', { name: `Import ${String(rows)} pupils` }).click();
  const progress = p.getByTestId('import-progress');
  const status = p.getByTestId('import-status');
  await progress.waitFor();
  await expect.poll(() => hasFocus(p, '#import-progress-heading')).toBe(true);
  expect(await status.textContent()).toBe('Starting the import…');
  expect(await status.getAttribute('role')).toBe('status');
  expect(await p.getByRole('progressbar', { name: 'Progress' }).count()).toBe(1);
  await expect.poll(() => polls).toBeGreaterThan(0);
  await expectAccessible(p, `${where} while it runs`);
  release();
  await expect
    .poll(() => status.textContent(), { timeout: 30_000 })
    .toBe('The import has finished.');
  await p.unroute(jobUrl);
  const bar = progress.locator('progress');
  expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
  await p.getByRole('heading', { level: 2, name: 'The file has been imported' }).waitFor();
  return polls;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'haven-e2e-imports-'));
  haven = await startHaven();
  dsl = await setUpSchool(haven);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = watchPageErrors(page);
  await signIn(page, haven.baseUrl, dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('pupil imports', () => {
  test(
    'a bad row is named and nothing changes; fixed, the file imports with its progress',
    { timeout: LONG },
    async () => {
      // Nobody yet, so no count of contact gaps on the home page.
      expect(await main(page).getByTestId('contact-gaps-home').count()).toBe(0);
      await main(page).getByRole('link', { name: 'Import pupils' }).click();
      await h1(page, 'Import pupils').waitFor();
      await expectTitle(page, 'Import pupils – Haven', CHILD);
      await page.locator('summary', { hasText: 'The columns Haven reads' }).click();
      const columns = page.getByTestId('import-columns');
      expect(await columns.textContent()).toContain('Contact 1 name, Contact 1 relationship');
      await expectAccessible(page, 'import pupils');

      // No file: the summary takes focus and leads to the field.
      await page.getByRole('button', { name: 'Check the file' }).click();
      const summary = page.locator('.govuk-error-summary');
      await expect.poll(() => hasFocus(page, '.govuk-error-summary')).toBe(true);
      expect(await summary.textContent()).toContain('Choose the CSV file of pupils');
      await expect.poll(() => page.title()).toBe('Error: Import pupils – Haven');
      await summary.getByRole('link', { name: 'Choose the CSV file of pupils' }).click();
      await expect.poll(() => hasFocus(page, '#pupils-file')).toBe(true);

      // Ben's UPN has the wrong check letter: row 3, column UPN, and nothing is imported.
      await check(page, csvFile('bad.csv', roster({ benUpn: badUpn(2) })));
      await expect.poll(() => summary.textContent()).toContain('The file has 1 problem');
      await expect.poll(() => hasFocus(page, '.govuk-error-summary')).toBe(true);
      const table = page.getByTestId('import-problems');
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().locator('th').textContent()).toBe('Row 3');
      expect(await rows.first().locator('td').first().textContent()).toBe('UPN');
      expect(await rows.first().textContent()).toContain('check letter is wrong');
      expect(await page.locator('#import-problems').textContent()).toContain(
        'nothing has been imported',
      );
      expect(await page.getByRole('button', { name: /^Import \d+ pupils?$/ }).count()).toBe(0);
      expect(await pupilCount(page)).toBe(0);
      await expectAccessible(page, 'import pupils with a bad row');
      await page.setViewportSize(PHONE);
      await expectFits(page, 'import pupils with a bad row');
      await expectAccessible(page, 'import pupils with a bad row at 360px');
      await page.setViewportSize({ width: 1280, height: 900 });

      // Fixed: the preview says in words what will happen.
      await check(page, csvFile('good.csv', roster()));
      await page.getByRole('heading', { level: 2, name: 'The file is ready: 3 pupils' }).waitFor();
      expect(await summary.count()).toBe(0);
      expect(await table.count()).toBe(0);
      expect(await page.getByTestId('import-counts').textContent()).toContain(
        '3 pupils will be added.',
      );
      await expect.poll(() => hasFocus(page, '#import-preview')).toBe(true);
      await expectAccessible(page, 'import pupils preview');
      expect(await pupilCount(page)).toBe(0);

      const polls = await importChecked(page, 3, 'the first import');
      expect(polls).toBeGreaterThan(0);
      expect(await page.getByTestId('import-result').textContent()).toContain(
        '3 pupils were added.',
      );
      await expect.poll(() => hasFocus(page, '#import-result')).toBe(true);
      await expectAccessible(page, 'import pupils finished');
      await page.setViewportSize(PHONE);
      await expectFits(page, 'import pupils finished');
      await page.setViewportSize({ width: 1280, height: 900 });
      // Nothing of the file in the address or the browser's storage.
      expect(new URL(page.url()).pathname).toBe('/pupils/import');
      expect(new URL(page.url()).search).toBe('');
      expect(await browserStorage(page)).toEqual({ local: 0, session: 0, cookie: '' });

      await page.getByRole('link', { name: 'Go to the pupils list' }).click();
      await h1(page, 'Pupils').waitFor();
      await expect.poll(() => main(page).textContent()).toContain('3 pupils');
      // The list may still be settling on a loaded machine: wait for each row, not a snapshot.
      for (const name of ['Ava Okafor', 'Benji Walsh', 'Cara Singh'])
        await expect.poll(() => main(page).getByRole('link', { name }).count()).toBe(1);
      await expectAccessible(page, 'pupils list with imports');
    },
  );

  test(
    'a different date of birth is held back, then accepted by keyboard',
    { timeout: LONG },
    async () => {
      await main(page).getByRole('link', { name: 'Import pupils' }).click();
      await h1(page, 'Import pupils').waitFor();
      await check(page, csvFile('dob.csv', roster({ avaBorn: '2015-11-10' })));
      await page.getByRole('heading', { level: 2, name: 'The file is ready: 3 pupils' }).waitFor();
      const counts = (await page.getByTestId('import-counts').textContent()) ?? '';
      expect(counts).toContain('2 pupils are already up to date.');
      expect(counts).toContain('1 change of date of birth or UPN will be held back');
      const flagged = page.getByTestId('import-flagged');
      expect(await flagged.locator('tbody tr').count()).toBe(1);
      expect(await flagged.locator('tbody tr').textContent()).toMatch(
        /Row 2.*Ava Okafor.*Date of birth/,
      );
      await expectAccessible(page, 'import preview with a held-back change');

      await importChecked(page, 3, 'the second import');
      await expectAccessible(page, 'import finished with a held-back change');
      // Not applied by the import.
      const pupils = await page.request.get(`${haven.baseUrl}/api/pupils?q=Okafor`);
      const [ava] = ((await pupils.json()) as { data: { id: string; dateOfBirth: string }[] }).data;
      expect(ava?.dateOfBirth).toBe('2015-11-09');

      await page.getByRole('link', { name: 'Review the 1 change held back' }).click();
      await h1(page, 'Changes to review').waitFor();
      await expectTitle(page, 'Changes to review – Haven', CHILD);
      const card = page.getByTestId('identity-flag');
      await expect.poll(() => card.count()).toBe(1);
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Ava Okafor');
      expect(text).toContain('9 November 2015');
      expect(text).toContain('10 November 2015');
      expect(text).toContain('CSV file');
      const accept = page.getByRole('button', {
        name: 'Accept the new date of birth for Ava Okafor',
      });
      expect(
        await page
          .getByRole('button', { name: 'Dismiss the new date of birth for Ava Okafor' })
          .count(),
      ).toBe(1);
      await expectAccessible(page, 'changes to review');
      await page.setViewportSize(PHONE);
      await expectFits(page, 'changes to review');
      await expectAccessible(page, 'changes to review at 360px');
      await page.setViewportSize({ width: 1280, height: 900 });

      // By keyboard, from the heading that took focus.
      await expect.poll(() => focused(page).then((f) => f.tag)).toBe('h1');
      const acceptId = (await accept.getAttribute('id')) ?? '';
      const passed = await tabTo(page, acceptId, 10);
      expect(passed.length).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      await expectNotice(page, 'Accepted: Ava Okafor’s date of birth is now 10 November 2015.');
      await expect.poll(() => hasFocus(page, '.govuk-notification-banner')).toBe(true);
      await expect
        .poll(() => main(page).textContent())
        .toContain('There are no changes to review.');
      await expectAccessible(page, 'changes to review after accepting');
      // Already decided: the server says so.
      const again = await page.request.get(`${haven.baseUrl}/api/pupils/identity-flags`);
      expect(((await again.json()) as { data: unknown[] }).data).toEqual([]);

      await menu(page).getByRole('link', { name: 'Pupils' }).click();
      await h1(page, 'Pupils').waitFor();
      await main(page).getByRole('link', { name: 'Ava Okafor' }).click();
      await h1(page, /Ava Okafor/).waitFor();
      await expect.poll(() => main(page).textContent()).toContain('10 November 2015');
    },
  );

  test(
    'the pupils with one number are listed, and counted on the home page',
    { timeout: LONG },
    async () => {
      await menu(page).getByRole('link', { name: 'Home' }).click();
      await h1(page, /Home/).waitFor();
      const count = main(page).getByTestId('contact-gaps-home');
      await expect
        .poll(() => count.textContent())
        .toBe('1 pupil has fewer than two emergency contact numbers');
      await expectAccessible(page, 'home with contact gaps');
      await count.getByRole('link').click();
      await h1(page, 'Pupils with fewer than two emergency numbers').waitFor();
      await expectTitle(page, 'Pupils with fewer than two emergency numbers – Haven', CHILD);
      const rows = page.getByTestId('contact-gaps').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toMatch(/Cara Singh.*Year 6.*1 number/);
      expect(await page.getByTestId('contact-gaps-count').textContent()).toBe(
        '1 pupil has fewer than two emergency contact numbers.',
      );
      const api = await page.request.get(`${haven.baseUrl}/api/pupils/contact-gaps`);
      expect(((await api.json()) as { count: number }).count).toBe(1);
      await expectAccessible(page, 'contact gaps');
      await page.setViewportSize(PHONE);
      await expectFits(page, 'contact gaps');
      await expectAccessible(page, 'contact gaps at 360px');
      await page.setViewportSize({ width: 1280, height: 900 });
      await rows.first().getByRole('link', { name: 'Cara Singh' }).click();
      await h1(page, /Cara Singh/).waitFor();

      // The pupils list leads to all three pages.
      await menu(page).getByRole('link', { name: 'Pupils' }).click();
      await h1(page, 'Pupils').waitFor();
      for (const name of [
        'Import pupils',
        'Changes to review',
        'Pupils with fewer than two emergency numbers',
      ])
        expect(await main(page).getByRole('link', { name }).count()).toBe(1);
      expect(await browserStorage(page)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(problems).toEqual([]);
    },
  );

  test('a teacher cannot import or review, but sees the gaps', { timeout: LONG }, async () => {
    const invite = await addTeacher(page, 'Tom Baker', 'tom.baker@example.org');
    const teacherContext = await browser.newContext();
    const teacher = await teacherContext.newPage();
    const teacherProblems = watchPageErrors(teacher);
    await acceptInvite(teacher, invite);
    await signIn(teacher, haven.baseUrl, {
      email: 'tom.baker@example.org',
      password: PASSWORD,
      fullName: 'Tom Baker',
      totpSecret: '',
    });
    expect(await main(teacher).getByRole('link', { name: 'Import pupils' }).count()).toBe(0);
    await expect
      .poll(() => main(teacher).getByTestId('contact-gaps-home').textContent())
      .toBe('1 pupil has fewer than two emergency contact numbers');
    for (const to of ['/pupils/import', '/pupils/changes']) {
      await teacher.goto(`${haven.baseUrl}${to}`);
      await h1(teacher, 'You cannot view this page').waitFor();
    }
    const post = await teacher.request.post(`${haven.baseUrl}/api/imports/pupils`, {
      headers: { origin: haven.baseUrl },
      data: { csv: roster(), dryRun: true },
    });
    expect(post.status()).toBe(403);
    const flags = await teacher.request.get(`${haven.baseUrl}/api/pupils/identity-flags`);
    expect(flags.status()).toBe(403);
    await teacher.goto(`${haven.baseUrl}/pupils/contact-gaps`);
    await h1(teacher, 'Pupils with fewer than two emergency numbers').waitFor();
    await expectAccessible(teacher, 'contact gaps for a teacher');
    expect(teacherProblems).toEqual([]);
    await teacherContext.close();
  });
});
