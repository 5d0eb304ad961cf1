// Common Transfer Files (CTF): a CTF from a previous school is checked, showing who sent it and
// naming the one pupil it cannot read, and the others import in one request; then two leavers
// are sent on as a CTF download that holds them and nobody else. Checked with axe, at 360px,
// partly by keyboard, and nothing of the files is left in the address or the browser's storage.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { upnCheckLetter } from '../../src/core/people/upn.ts';
import { writeCtf, type CtfWritePupil } from '../../src/imports/ctf/index.ts';
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
import { PHONE, expectFits, expectTitle, focused, h1, menu } from './steps.ts';

let haven: Haven;
let browser: Browser;
let dsl: Account;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];
let dir: string;

const CHILD = /Hughes|Novak|Reid|Patel/;
const WIDE = { width: 1280, height: 900 };
const main = (p: Page) => p.locator('main');
const hasFocus = (p: Page, selector: string) =>
  p.locator(selector).evaluate((el) => el === document.activeElement);

/** A valid UPN: a check letter, then 12 digits ending in `n`. */
function upn(n: number): string {
  const body = `80120000200${String(n)}`;
  const check = upnCheckLetter(body);
  if (!check) throw new Error(`No check letter for ${body}`);
  return `${check}${body}`;
}

const pupil = (n: number, first: string, last: string, dateOfBirth: string): CtfWritePupil => ({
  legalFirstName: first,
  legalLastName: last,
  preferredName: null,
  dateOfBirth,
  upn: upn(n),
  sex: 'F',
  yearGroup: '6',
  senFlag: false,
  lookedAfter: false,
  emergencyContacts: [
    {
      name: `Sam ${last}`,
      relationship: 'Mother',
      phones: [`07700 90040${String(n)}`],
      priority: 1,
    },
  ],
});

/** Three Year 6 pupils from Meadow Primary; the second has no date of birth (no DOB element). */
function transferIn(): string {
  return writeCtf({
    dateTime: new Date('2025-07-18T10:00:00Z'),
    source: { lea: '999', estab: '2002', urn: '100002', name: 'Meadow Primary School' },
    dest: { lea: '999', estab: '2001', name: 'Oakfield Primary School' },
    pupils: [
      pupil(1, 'Isla', 'Hughes', '2014-02-03'),
      pupil(2, 'Milo', 'Novak', ''),
      pupil(3, 'Rosa', 'Reid', '2014-05-06'),
    ],
  });
}

function fileOf(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

async function pupilUpns(p: Page): Promise<string[]> {
  const response = await p.request.get(`${haven.baseUrl}/api/pupils`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { upn: string | null }[] }).data
    .map((x) => x.upn ?? '')
    .sort();
}

/** A pupil added through the API, who stays behind: the export must leave them out. */
async function addStayer(p: Page): Promise<void> {
  const response = await p.request.post(`${haven.baseUrl}/api/pupils`, {
    headers: { origin: haven.baseUrl },
    data: {
      legalFirstName: 'Priya',
      legalLastName: 'Patel',
      dateOfBirth: '2014-09-10',
      upn: upn(4),
      sex: 'F',
      yearGroup: '6',
      senFlag: false,
      lookedAfter: false,
      emergencyContacts: [
        { name: 'Ravi Patel', relationship: 'Father', phones: ['07700 900404'], priority: 1 },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function atPhoneWidth(p: Page, where: string): Promise<void> {
  await p.setViewportSize(PHONE);
  await expectFits(p, where);
  await expectAccessible(p, `${where} at 360px`);
  await p.setViewportSize(WIDE);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'haven-e2e-ctf-'));
  haven = await startHaven();
  dsl = await setUpSchool(haven);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: WIDE, acceptDownloads: true });
  page = await context.newPage();
  problems = watchPageErrors(page);
  await signIn(page, haven.baseUrl, dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('common transfer files', () => {
  test(
    'a CTF names the pupil it cannot read and imports the others',
    { timeout: LONG },
    async () => {
      await menu(page).getByRole('link', { name: 'Pupils' }).click();
      await h1(page, 'Pupils').waitFor();
      await main(page).getByRole('link', { name: 'Import pupils' }).click();
      await h1(page, 'Import pupils').waitFor();
      // The MIS's CSV is the usual kind; the CTF is one choice away, by keyboard.
      const csvKind = page.getByLabel('The pupil list from your management information system');
      expect(await csvKind.isChecked()).toBe(true);
      await csvKind.focus();
      await page.keyboard.press('ArrowDown');
      const ctfKind = page.getByLabel(
        'A Common Transfer File (CTF) from a pupil’s previous school',
      );
      await expect.poll(() => ctfKind.isChecked()).toBe(true);
      await expect.poll(() => focused(page).then((f) => f.id)).toBe('import-kind-2');
      const fileInput = page.getByLabel('Common Transfer File (XML)');
      await fileInput.waitFor();
      expect(await page.getByLabel('Pupil list (CSV)').count()).toBe(0);
      await expectTitle(page, 'Import pupils – Haven', CHILD);
      await expectAccessible(page, 'import a CTF');

      // No file, then a file that is not a CTF: refused whole, naming the file.
      const summary = page.locator('.govuk-error-summary');
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect.poll(() => summary.textContent()).toContain('Choose the CTF file (XML)');
      await expect.poll(() => hasFocus(page, '.govuk-error-summary')).toBe(true);
      await expect.poll(() => page.title()).toBe('Error: Import pupils – Haven');
      await summary.getByRole('link', { name: 'Choose the CTF file (XML)' }).click();
      await expect.poll(() => hasFocus(page, '#ctf-file')).toBe(true);
      await fileInput.setInputFiles(fileOf('not-a-ctf.xml', '<Register><Row/></Register>\n'));
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect.poll(() => page.locator('#ctf-file-error').count()).toBe(1);
      await expect.poll(() => hasFocus(page, '.govuk-error-summary')).toBe(true);
      expect(await summary.getByRole('link').count()).toBe(1);
      await expectAccessible(page, 'import a CTF that is not one');
      expect(await pupilUpns(page)).toEqual([]);

      // The real file: who sent it, what will happen, and Milo Novak named on his own.
      await fileInput.setInputFiles(fileOf('CTF_9992001.xml', transferIn()));
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page
        .getByRole('heading', { level: 2, name: 'The file is ready: 2 pupils can be imported' })
        .waitFor();
      await expect.poll(() => hasFocus(page, '#import-preview')).toBe(true);
      expect(await summary.count()).toBe(0);
      expect(await page.getByTestId('ctf-from').textContent()).toContain(
        'Meadow Primary School, DfE number 999 2002, URN 100002',
      );
      const counts = (await page.getByTestId('import-counts').textContent()) ?? '';
      expect(counts).toContain('2 pupils will be added.');
      expect(counts).toContain('1 pupil cannot be imported: see below.');
      const rows = page.getByTestId('import-problems').locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().locator('th').textContent()).toBe('Pupil 2');
      expect(await rows.first().locator('td').first().textContent()).toBe('Date of birth');
      expect(await rows.first().locator('td').last().textContent()).toMatch(
        new RegExp(`^Novak \\(${upn(2)}\\): No DOB`),
      );
      expect(await page.locator('#import-problems').textContent()).toBe(
        'Pupils that cannot be imported',
      );
      await expectAccessible(page, 'CTF preview with a pupil it cannot read');
      await atPhoneWidth(page, 'CTF preview with a pupil it cannot read');
      expect(await pupilUpns(page)).toEqual([]);

      // One request imports them; the page says it is busy while it waits.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const importUrl = /\/api\/imports\/ctf\?dryRun=false$/;
      await page.route(importUrl, async (route) => {
        await held;
        await route.continue();
      });
      await page.getByRole('button', { name: 'Import 2 pupils' }).click();
      await expect
        .poll(() => page.getByTestId('ctf-busy').textContent())
        .toBe('Importing the pupils…');
      expect(await page.getByTestId('ctf-busy').getAttribute('role')).toBe('status');
      await expectAccessible(page, 'CTF import while it runs');
      release();
      await page.getByRole('heading', { level: 2, name: 'The file has been imported' }).waitFor();
      await page.unroute(importUrl);
      await expect.poll(() => hasFocus(page, '#import-result')).toBe(true);
      expect(await page.getByTestId('import-result').textContent()).toContain(
        '2 pupils were added.',
      );
      expect(await page.locator('#import-problems').textContent()).toBe(
        'Pupils that were not imported',
      );
      expect(await page.getByTestId('import-problems').textContent()).toContain('Novak');
      // The choice of kind waits until "Import another file".
      expect(await ctfKind.count()).toBe(0);
      await expectAccessible(page, 'CTF imported');
      await atPhoneWidth(page, 'CTF imported');
      expect(await pupilUpns(page)).toEqual([upn(1), upn(3)].sort());
      expect(new URL(page.url()).pathname).toBe('/pupils/import');
      expect(new URL(page.url()).search).toBe('');
      expect(await browserStorage(page)).toEqual({ local: 0, session: 0, cookie: '' });
      await page.getByRole('button', { name: 'Import another file' }).click();
      await expect.poll(() => ctfKind.isChecked()).toBe(true);
    },
  );

  test('two leavers are downloaded as a CTF for their next school', { timeout: LONG }, async () => {
    await addStayer(page);
    await menu(page).getByRole('link', { name: 'Pupils' }).click();
    await h1(page, 'Pupils').waitFor();
    await main(page).getByRole('link', { name: 'Send leavers’ records (CTF)' }).click();
    const title = 'Send leavers’ records to their next school (CTF)';
    await h1(page, title).waitFor();
    await expectTitle(page, `${title} – Haven`, CHILD);
    expect(await main(page).textContent()).toContain(
      'Only pupil data travels in a CTF, never the child protection file.',
    );
    await expectAccessible(page, 'send leavers’ records');

    // Nothing filled in: each field is named, and leads to its field.
    const download = page.getByRole('button', { name: 'Download the CTF' });
    await download.click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => hasFocus(page, '.govuk-error-summary')).toBe(true);
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Choose at least one pupil who is leaving');
    expect(text).toContain('Enter your school’s DfE number');
    expect(text).toContain('Enter the new school’s DfE number');
    await expect.poll(() => page.title()).toBe(`Error: ${title} – Haven`);
    await summary.getByRole('link', { name: 'Enter the new school’s DfE number' }).click();
    await expect.poll(() => hasFocus(page, '#to-dfeNumber')).toBe(true);
    await expectAccessible(page, 'send leavers’ records with errors');

    // Two searches, each pupil ticked by keyboard; the first stays chosen.
    const search = page.getByLabel('Search by name or UPN');
    const results = page.getByTestId('transfer-results');
    await search.fill('Hughes');
    await search.press('Enter');
    const isla = page.getByLabel(`Isla Hughes (Year 6, UPN ${upn(1)})`);
    await isla.waitFor();
    await isla.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => isla.isChecked()).toBe(true);
    await search.fill('Reid');
    await search.press('Enter');
    await expect.poll(() => results.textContent()).toContain('Rosa Reid');
    expect(await results.textContent()).not.toContain('Isla Hughes');
    const rosa = page.getByLabel(`Rosa Reid (Year 6, UPN ${upn(3)})`);
    await rosa.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => rosa.isChecked()).toBe(true);
    const chosen = page.getByTestId('transfer-chosen');
    await expect.poll(() => chosen.locator('li').count()).toBe(2);
    expect(await chosen.textContent()).toContain('Isla Hughes');
    expect(await page.locator('#transfer-chosen').textContent()).toBe('In the file: 2 pupils');

    // A wrong DfE number is named; the server says the same of one sent past the page.
    await page.getByLabel('Your school’s DfE number').fill('99920');
    await page.getByLabel('The new school’s DfE number').fill('999 2003');
    await page.getByLabel('The new school’s name').fill('Hilltop Academy');
    await download.click();
    await expect
      .poll(() => summary.textContent())
      .toContain('Enter your school’s DfE number as 7 digits');
    expect(await summary.getByRole('link').count()).toBe(1);
    const refused = await page.request.post(`${haven.baseUrl}/api/exports/ctf`, {
      headers: { origin: haven.baseUrl },
      data: { pupilIds: [], fromDfeNumber: '9992001', to: { dfeNumber: '12', name: '' } },
    });
    expect(refused.status()).toBe(400);
    await expectAccessible(page, 'send leavers’ records with a wrong DfE number');
    await atPhoneWidth(page, 'send leavers’ records with a wrong DfE number');

    await page.getByLabel('Your school’s DfE number').fill('9992001');
    await download.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('CTF_9992003.xml');
    const saved = await file.path();
    const xml = readFileSync(saved, 'utf8');
    expect(xml).toContain('<CTfile>');
    expect(xml).toContain(upn(1));
    expect(xml).toContain(upn(3));
    expect(xml).not.toContain(upn(4));
    expect(xml).not.toContain(upn(2));
    expect(xml).toContain('<SchoolName>Hilltop Academy</SchoolName>');
    await expect
      .poll(() => page.getByTestId('transfer-done').textContent())
      .toContain('CTF_9992003.xml has been downloaded, with 2 pupils in it.');
    expect(await summary.count()).toBe(0);
    await expectAccessible(page, 'send leavers’ records downloaded');
    await atPhoneWidth(page, 'send leavers’ records downloaded');

    // Nothing of it in the address or the browser's storage.
    expect(new URL(page.url()).pathname).toBe('/pupils/transfer');
    expect(new URL(page.url()).search).toBe('');
    expect(await browserStorage(page)).toEqual({ local: 0, session: 0, cookie: '' });
    expect(problems).toEqual([]);
  });
});
