// Attendance in the browser (D10, D39): the DSL team imports the register export (a broken file
// first, its problems named row by row and nothing saved), the 10-school-day run across a half
// term and an INSET day sets the deadline to tell the local authority, and the DSL records that
// the local authority was told, which meets it and goes into the child's file. Axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isSchoolDay, isoDate, dayNumber, londonDate } from '../../src/core/calendar/index.ts';
import { schoolCalendarOf } from '../../src/core/calendar/use-cases/school-calendar.ts';
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
import { expectNotice, focused, h1, menu } from './steps.ts';

let haven: Haven;
let browser: Browser;
let dsl: Account;
let page: Page;
let problems: string[] = [];

const UPN = 'B801200005001';
const day = (offset: number) => isoDate(dayNumber(londonDate(new Date())) + offset);

/** A term around today with a week's holiday and an INSET day inside the last three weeks. */
const ENTRIES = [
  { kind: 'term', name: 'This term', first: day(-120), last: day(30) },
  { kind: 'holiday', name: 'Half term', first: day(-16), last: day(-10) },
  { kind: 'inset', name: 'INSET day', first: day(-5), last: day(-5) },
];

/** The last ten school days up to today, oldest first: they span the holiday and INSET day. */
function lastTenSchoolDays(): string[] {
  const calendar = schoolCalendarOf(ENTRIES as Parameters<typeof schoolCalendarOf>[0]);
  const days: string[] = [];
  for (let n = 0; days.length < 10; n--) if (isSchoolDay(calendar, day(n))) days.unshift(day(n));
  return days;
}

const csv = (rows: string[][]) =>
  ['upn,date,session,code', ...rows.map((r) => r.join(','))].join('\r\n');

async function choose(content: string) {
  await page.setInputFiles('#marks-file', {
    name: 'register.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(content, 'utf8'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

beforeAll(async () => {
  haven = await startHaven();
  dsl = await setUpSchool(haven);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = watchPageErrors(page);
  await signIn(page, haven.baseUrl, dsl);
  // The calendar and the pupil through the API, with the signed-in page's own session.
  const headers = { origin: haven.baseUrl };
  const cal = await page.request.put(`${haven.baseUrl}/api/calendar`, {
    headers,
    data: { entries: ENTRIES },
  });
  expect(cal.status()).toBe(200);
  const pupil = await page.request.post(`${haven.baseUrl}/api/pupils`, {
    headers,
    data: {
      legalFirstName: 'Riley',
      legalLastName: 'Fictional',
      preferredName: null,
      dateOfBirth: '2015-11-09',
      upn: UPN,
      sex: 'M',
      gender: null,
      yearGroup: '6',
      senFlag: false,
      lookedAfter: false,
      emergencyContacts: [
        { name: 'Alex Fictional', relationship: 'Father', phones: ['07700 900123'], priority: 1 },
      ],
    },
  });
  expect(pupil.status()).toBe(201);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('attendance', () => {
  test(
    '[D10] the register is imported, the 10-day run sets the deadline, and the LA notification meets it',
    { timeout: LONG },
    async () => {
      await page.getByRole('link', { name: 'Attendance' }).first().click();
      await h1(page, 'Attendance').waitFor();
      await expect.poll(() => page.locator('main').textContent()).toContain('No pupil is waiting');
      await expectAccessible(page, 'attendance');
      await page.getByRole('link', { name: 'Import attendance marks' }).click();
      await h1(page, 'Import attendance marks').waitFor();
      await expect.poll(() => page.title()).toBe('Import attendance marks – Haven');
      await expectAccessible(page, 'attendance import');

      // Nothing chosen: the summary takes focus and leads to the file input.
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect.poll(async () => (await focused(page)).text).toContain('There is a problem');
      await page.locator('.govuk-error-summary a').click();
      expect((await focused(page)).id).toBe('marks-file');

      // A broken file: every bad row and column named, and nothing to import.
      const days = lastTenSchoolDays();
      const rows = days.flatMap((d) => [
        [UPN, d, 'AM', 'O'],
        [UPN, d, 'PM', 'O'],
      ]);
      await choose(
        csv([
          ...rows.slice(0, 3),
          ['B80120000500', days[0] ?? '', 'AM', 'O'],
          [UPN, days[1] ?? '', 'PM', 'H'],
        ]),
      );
      const problemsTable = page.getByTestId('import-problems');
      await problemsTable.waitFor();
      const text = (await problemsTable.textContent()) ?? '';
      expect(text).toContain('Row 5');
      expect(text).toContain('is not a UPN');
      expect(text).toContain('Row 6');
      expect(text).toContain('"H" is not a national attendance code');
      expect(await page.getByRole('button', { name: 'Import these marks' }).count()).toBe(0);
      await expectAccessible(page, 'import problems');

      // The corrected file: previewed, then imported all at once. Its mark on the INSET day is
      // named before anything is saved, since it will count for nothing.
      await choose(csv([...rows, [UPN, day(-5), 'AM', '/']]));
      await page
        .getByRole('heading', { name: 'The file is ready: 21 marks for 1 pupil' })
        .waitFor();
      expect(await page.locator('#import-preview + p + .govuk-warning-text').textContent()).toMatch(
        /One mark falls on a day the school calendar says the school was closed \(.+\)\. They are kept but not counted/,
      );
      await expectAccessible(page, 'import preview with a mark on a closed day');
      await page.getByRole('button', { name: 'Import these marks' }).click();
      await expectNotice(page, 'Imported 21 marks for 1 pupil. 1 pupil has reached 10 school days');

      // The deadline to tell the local authority, for the DSL team.
      await menu(page).getByRole('link', { name: 'Deadlines' }).click();
      await h1(page, 'Deadlines').waitFor();
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('Tell the local authority: 10 school days of continuous unauthorised absence');
      await expectAccessible(page, 'deadlines with the LA clock');

      // From the attendance page, to the child, to the form.
      await page.goto(`${haven.baseUrl}/attendance`);
      await page.getByTestId('la-notices').getByRole('link', { name: 'Riley Fictional' }).click();
      await h1(page, /Attendance/).waitFor();
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('10 school days in a row');
      expect(await page.locator('main').textContent()).toContain('Attendance0%');
      expect(await page.locator('main').textContent()).toContain(
        'One mark falls on a day the school calendar says the school was closed',
      );
      await expectAccessible(page, 'pupil attendance with the LA form');
      await page.getByRole('button', { name: 'Record that the local authority was told' }).click();
      await expect.poll(async () => (await focused(page)).text).toContain('There is a problem');
      await page
        .getByLabel('Who was told')
        .fill('Attendance Specialist Service (fictional officer)');
      await page.getByLabel('Their reference (optional)').fill('CME-0042');
      await page.getByRole('button', { name: 'Record that the local authority was told' }).click();
      await expectNotice(page, 'Recorded: the local authority has been told');
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('told Attendance Specialist Service (fictional officer)');
      await expectAccessible(page, 'pupil attendance after the LA was told');

      // The clock is met, and the child's file says who was told.
      await menu(page).getByRole('link', { name: 'Deadlines' }).click();
      await h1(page, 'Deadlines').waitFor();
      await expect.poll(() => page.locator('main').textContent()).toContain('Nothing is due.');
      const pupilId = await page.evaluate(async () => {
        const res = await fetch('/api/pupils?q=Riley');
        return ((await res.json()) as { data: { id: string }[] }).data[0]?.id ?? '';
      });
      await page.goto(`${haven.baseUrl}/files/${pupilId}`);
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('Local authority told of 10 school days of unauthorised absence');
      await page.getByRole('heading', { name: 'Plans' }).waitFor();
      await expectAccessible(page, 'the child’s file with attendance and plans');

      // The other attendance pages pass axe too.
      for (const [path, heading] of [
        ['/attendance/codes', 'Attendance codes'],
        ['/cme', 'Children missing education'],
      ] as const) {
        await page.goto(`${haven.baseUrl}${path}`);
        await h1(page, heading).waitFor();
        await expectAccessible(page, heading);
      }
      expect(problems).toEqual([]);
    },
  );
});
