// Photos and PDFs on a concern (D29), the chronology as a PDF, and the local outbox.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
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
  addPupil,
  addTeacher,
  expectFits,
  expectTitle,
  h1,
  menu,
  recordConcern,
  type RecordedConcern,
} from './steps.ts';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** A tiny PDF: the server decides the type from the content, not the name. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const CHILD = /Leo|Marsh/;
/** Attachments are never shown on the page. */
const MEDIA = 'main img, main object, main embed, main iframe, main picture, main video';

let haven: Haven;
let browser: Browser;
let dslAccount: Account;
let dslContext: BrowserContext;
let teacherContext: BrowserContext;
let dsl: Page;
let teacher: Page;
let dslProblems: string[] = [];
let teacherProblems: string[] = [];
let tempDir = '';
let photoPath = '';
let notPhotoPath = '';
let letterPath = '';
let pupilId = '';
let photoId = '';
let concern: RecordedConcern = { id: '', reference: '' };

const bytesOf = async (download: Download) => readFileSync(await download.path());

/** The upload form inside `scope`. */
function uploadIn(scope: Locator) {
  return {
    input: scope.getByLabel('Choose a photo or PDF'),
    attach: scope.getByRole('button', { name: 'Attach file' }),
    status: scope.locator('.haven-upload-status'),
    summary: scope.locator('.govuk-error-summary'),
    inlineError: scope.locator('.govuk-error-message'),
  };
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

beforeAll(async () => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'haven-e2e-files-'));
  photoPath = path.join(tempDir, 'photo.png');
  notPhotoPath = path.join(tempDir, 'notes.jpg');
  letterPath = path.join(tempDir, 'letter.pdf');
  writeFileSync(photoPath, PNG);
  writeFileSync(notPhotoPath, 'These are my notes, not a photo.\n');
  writeFileSync(letterPath, PDF);

  haven = await startHaven();
  dslAccount = await setUpSchool(haven);
  browser = await launchBrowser();
  dslContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  teacherContext = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  dsl = await dslContext.newPage();
  teacher = await teacherContext.newPage();
  dslProblems = watchPageErrors(dsl);
  teacherProblems = watchPageErrors(teacher);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe('attachments, the chronology PDF and the local outbox', () => {
  test('the DSL adds a teacher and a pupil; the teacher signs in', { timeout: LONG }, async () => {
    await signIn(dsl, haven.baseUrl, dslAccount);
    const inviteLink = await addTeacher(dsl, 'Tom Baker', 'tom.baker@example.org');
    pupilId = await addPupil(dsl, { firstName: 'Leo', lastName: 'Marsh', yearGroup: 'Year 5' });
    await acceptInvite(teacher, inviteLink);
    await signIn(teacher, haven.baseUrl, {
      email: 'tom.baker@example.org',
      password: PASSWORD,
      fullName: 'Tom Baker',
      totpSecret: '',
    });
  });

  test(
    'the teacher attaches a photo on the receipt; a large or wrong file is refused',
    { timeout: LONG },
    async () => {
      concern = await recordConcern(teacher, haven.baseUrl, {
        search: 'Leo',
        childName: 'Leo Marsh',
        observed: 'He left a note on my desk saying he is scared to go home.',
        category: 'Emotional abuse',
      });
      await expectTitle(teacher, 'Concern sent – Haven', CHILD);
      const section = teacher.locator('section', {
        has: teacher.getByRole('heading', { level: 2, name: 'Add a photo or document' }),
      });
      const upload = uploadIn(section);
      expect(await upload.input.getAttribute('type')).toBe('file');
      expect(await upload.input.getAttribute('accept')).toBe(
        'image/jpeg,image/png,image/webp,image/heic,application/pdf',
      );
      await expectAccessible(teacher, 'receipt with the upload form');
      await expectFits(teacher, 'receipt with the upload form');

      // Nothing chosen: the govuk error pattern, with focus on the summary.
      await upload.attach.click();
      await expect.poll(() => upload.summary.textContent()).toContain('Select a photo or PDF');
      await expect.poll(() => isFocused(upload.summary)).toBe(true);
      await expectAccessible(teacher, 'receipt with an upload error');

      // Over 10 MB: refused in the browser, before anything is sent.
      const posts: string[] = [];
      teacher.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/attachments')) {
          posts.push(request.url());
        }
      });
      await upload.input.setInputFiles({
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
      });
      await upload.attach.click();
      await expect
        .poll(() => upload.summary.textContent())
        .toContain('The file must be 10 MB or smaller');
      expect(await upload.inlineError.textContent()).toContain('10 MB or smaller');
      expect(posts).toEqual([]);

      // A real photo: attached, and not shown.
      await upload.input.setInputFiles(photoPath);
      const answer = teacher.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/attachments'),
      );
      await upload.attach.click();
      const created = (await (await answer).json()) as { data: { id: string; mime: string } };
      expect(created.data.mime).toBe('image/png');
      photoId = created.data.id;
      await expect.poll(() => upload.status.textContent()).toBe('photo.png attached');
      expect(posts).toHaveLength(1);
      expect(await upload.summary.count()).toBe(0);
      expect(await upload.input.inputValue()).toBe('');
      expect(await teacher.locator(MEDIA).count()).toBe(0);
      await expectAccessible(teacher, 'receipt after attaching a photo');
      await expectFits(teacher, 'receipt after attaching a photo');

      // Only the DSL team can open an attachment.
      const status = await teacher.evaluate(
        async (url) => (await fetch(url, { credentials: 'same-origin' })).status,
        `/api/concerns/${concern.id}/attachments/${photoId}`,
      );
      expect([403, 404]).toContain(status);

      // My concerns: a text file called .jpg is refused because of what it contains.
      await teacher.goto(`${haven.baseUrl}/concerns/mine`);
      await h1(teacher, 'My concerns').waitFor();
      const followUp = teacher.locator('section', {
        has: teacher.getByRole('heading', { name: `Concern ${concern.reference}` }),
      });
      await followUp.getByText('Add a photo or document', { exact: true }).click();
      const mine = uploadIn(followUp);
      await mine.input.setInputFiles(notPhotoPath);
      await mine.attach.click();
      await expect
        .poll(() => mine.summary.textContent())
        .toContain('The file must be a photo (JPEG, PNG, WebP, HEIC) or a PDF');
      expect(await mine.inlineError.textContent()).toContain('must be a photo');
      await expect.poll(() => isFocused(mine.summary)).toBe(true);
      expect(await mine.status.textContent()).toBe('');
      await expectTitle(teacher, 'My concerns – Haven', CHILD);
      await expectAccessible(teacher, 'my concerns with a refused file');
      await expectFits(teacher, 'my concerns with the upload form open');

      // The summary's link takes focus to the file input.
      await mine.summary.getByRole('link').click();
      await expect.poll(() => isFocused(mine.input)).toBe(true);

      // Not for teachers: the local outbox.
      await teacher.goto(`${haven.baseUrl}/outbox`);
      await h1(teacher, 'You cannot view this page').waitFor();

      expect(await browserStorage(teacher)).toEqual({ local: 0, session: 0, cookie: '' });
    },
  );

  test(
    'the DSL sees the photo listed, downloads it, adds a PDF, and downloads the chronology',
    { timeout: LONG },
    async () => {
      await dsl.goto(`${haven.baseUrl}/concerns/${concern.id}`);
      await h1(dsl, new RegExp(concern.reference)).waitFor();
      await expectTitle(dsl, `Concern ${concern.reference} – Haven`, CHILD);
      const table = dsl.getByTestId('attachments');
      const photoRow = table.locator('tbody tr', { hasText: 'photo.png' });
      await expect.poll(() => photoRow.count()).toBe(1);
      const row = (await photoRow.textContent()) ?? '';
      expect(row).toContain('Image (PNG)');
      expect(row).toContain('1 KB');
      expect(row).toContain('Tom Baker');
      expect(await dsl.locator(MEDIA).count()).toBe(0);
      await expectAccessible(dsl, 'concern with an attachment');

      // Download, from the keyboard: the bytes that were sent, under the name they were sent with.
      await photoRow.getByRole('button', { name: 'Download photo.png' }).focus();
      const [download] = await Promise.all([
        dsl.waitForEvent('download'),
        dsl.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toBe('photo.png');
      expect((await bytesOf(download)).equals(PNG)).toBe(true);
      expect(await dsl.locator(MEDIA).count()).toBe(0);

      // The DSL team attaches too.
      const section = dsl.locator('section', { has: dsl.locator('#attachments-heading') });
      await section.getByText('Add a photo or document', { exact: true }).click();
      const upload = uploadIn(section);
      await expectAccessible(dsl, 'concern with the upload form open');
      await upload.input.setInputFiles(letterPath);
      await upload.attach.click();
      await expect.poll(() => upload.status.textContent()).toBe('letter.pdf attached');
      const letterRow = table.locator('tbody tr', { hasText: 'letter.pdf' });
      await expect.poll(() => letterRow.count()).toBe(1);
      expect(await letterRow.textContent()).toContain('PDF document');
      expect(await letterRow.textContent()).toContain('Dana Scully');

      // The file: "document" entries, their filter, and the chronology as a PDF.
      await dsl.getByRole('link', { name: /Child protection file/ }).click();
      await h1(dsl, /Child protection file/).waitFor();
      await expectTitle(dsl, 'Child protection file – Haven', CHILD);
      const chronology = dsl.getByRole('list', { name: 'Chronology, newest first' });
      await expect
        .poll(() => chronology.textContent())
        .toContain(`Photo attached to ${concern.reference}`);
      expect(await chronology.textContent()).toContain(`Document attached to ${concern.reference}`);
      await dsl.getByLabel('Show').selectOption({ label: 'Document' });
      await dsl.getByRole('button', { name: 'Show entries' }).click();
      await expect.poll(() => dsl.url()).toContain('kind=document');
      await expect.poll(() => chronology.locator('li').count()).toBe(2);
      expect(await chronology.textContent()).not.toContain('Emotional abuse');
      expect(await dsl.getByLabel('Show').inputValue()).toBe('document');

      const pdfLink = dsl.getByRole('link', { name: 'Download chronology (PDF)' });
      expect(await pdfLink.getAttribute('href')).toBe(`/api/files/${pupilId}/chronology.pdf`);
      await expect
        .poll(() => dsl.locator('#chronology-pdf-hint').textContent())
        .toBe('Marked confidential. Downloading it is recorded.');
      await expectAccessible(dsl, 'file with the chronology PDF link');
      const [pdf] = await Promise.all([dsl.waitForEvent('download'), pdfLink.click()]);
      const pdfBytes = await bytesOf(pdf);
      expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

      // On a phone.
      await dsl.setViewportSize(PHONE);
      await expectFits(dsl, 'file at 360px');
      await expectAccessible(dsl, 'file at 360px');
      await dsl.goto(`${haven.baseUrl}/concerns/${concern.id}`);
      await h1(dsl, new RegExp(concern.reference)).waitFor();
      await table.locator('tbody tr').first().waitFor();
      await expectFits(dsl, 'concern with attachments at 360px');
      await expectAccessible(dsl, 'concern with attachments at 360px');
      await dsl.setViewportSize({ width: 1280, height: 900 });
    },
  );

  test('an administrator reads the local outbox', { timeout: LONG }, async () => {
    await dsl.goto(`${haven.baseUrl}/`);
    await h1(dsl, /Home/).waitFor();
    await menu(dsl).getByRole('link', { name: 'School settings' }).click();
    await h1(dsl, 'School settings').waitFor();
    await dsl.getByRole('link', { name: 'See the local outbox' }).click();
    await h1(dsl, 'Local outbox').waitFor();
    await expectTitle(dsl, 'Local outbox – Haven', CHILD);

    // The outbox worker sends every few seconds: check again until the alert is there.
    const outbox = dsl.getByTestId('outbox');
    const alert = outbox.locator('tbody tr', { hasText: 'A new concern needs your attention' });
    await expect
      .poll(
        async () => {
          if ((await alert.count()) > 0) return true;
          await dsl.getByRole('button', { name: 'Check for new emails' }).click();
          return false;
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(true);
    const first = alert.first();
    expect(await first.textContent()).toContain('dana.scully@example.org');
    await first.getByText('Show the email').click();
    const text = (await first.locator('.govuk-details__text').textContent()) ?? '';
    expect(text).toContain(`/concerns/${concern.id}`);
    expect(text).toContain('This email deliberately contains no details.');
    expect(text).not.toMatch(CHILD);
    await expectAccessible(dsl, 'local outbox');

    await dsl.setViewportSize(PHONE);
    await expectFits(dsl, 'local outbox at 360px');
    await expectAccessible(dsl, 'local outbox at 360px');
    await dsl.setViewportSize({ width: 1280, height: 900 });

    // With an SMTP server there is no outbox: the API says 404.
    await dsl.route('**/api/dev/outbox', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'NOT_FOUND', message: 'Email goes through SMTP here' },
        }),
      }),
    );
    await dsl.reload();
    await h1(dsl, 'Local outbox').waitFor();
    await expect
      .poll(() => dsl.locator('main').textContent())
      .toContain('Email is sent through your SMTP server, so there is no local outbox.');
    expect(await dsl.getByTestId('outbox').count()).toBe(0);
    await expectAccessible(dsl, 'local outbox with SMTP');
    await dsl.unroute('**/api/dev/outbox');

    expect(await browserStorage(dsl)).toEqual({ local: 0, session: 0, cookie: '' });
    expect([...dslProblems, ...teacherProblems]).toEqual([]);
  });
});
