// Recording a concern on a phone, the DSL's alert (in Haven and by email) and triage, and
// need-to-know access to a file.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSmtp, type ReceivedMail } from '../support/smtp.ts';
import {
  LONG,
  PASSWORD,
  browserStorage,
  expectAccessible,
  freshTotp,
  launchBrowser,
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
  menu,
} from './steps.ts';

const TEACHER: Account = {
  email: 'tom.baker@example.org',
  password: PASSWORD,
  fullName: 'Tom Baker',
  totpSecret: '',
};

let haven: Haven;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let dslContext: BrowserContext;
let teacherContext: BrowserContext;
let dsl: Page;
let teacher: Page;
let dslProblems: string[] = [];
let teacherProblems: string[] = [];
let inviteLink = '';
let pupilId = '';
let reference = '';
let concernId = '';

const CHILD_WORDS = 'Dad grabbed my arm when I spilt my drink.';
const OBSERVED = 'A bruise on her left upper arm when she rolled up her sleeve in art.';
/** Page titles must never name the child. */
const CHILD = /Sam|Okafor/;
const DSL_EMAIL = 'dana.scully@example.org';
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * `haven serve` with these variables set too. startHaven copies process.env into the child's
 * environment before it first waits, so they are set only around that call.
 */
function startHavenWith(extra: Record<string, string>): Promise<Haven> {
  const saved = Object.fromEntries(Object.keys(extra).map((k) => [k, process.env[k]]));
  Object.assign(process.env, extra);
  try {
    return startHaven();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    }
  }
}

/** The emails the test SMTP server has received for the DSL. */
const mailToDsl = (): ReceivedMail[] => smtp.inbox.filter((m) => m.to.includes(DSL_EMAIL));

/** The teacher's browser asks the API directly, with its own session: status and body. */
const fetchAsTeacher = (url: string) =>
  teacher.evaluate(async (u) => {
    const response = await fetch(u, { credentials: 'same-origin' });
    return { status: response.status, body: await response.text() };
  }, url);

beforeAll(async () => {
  // Haven's own outbox worker (every 2 seconds in `haven serve`) sends to a real SMTP server.
  smtp = await startSmtp();
  haven = await startHavenWith({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Haven <haven@oakfield.example>',
  });
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
  await smtp?.stop();
});

describe('concerns', () => {
  test(
    'the DSL sets up Haven, then adds a teacher and a pupil through the screens',
    { timeout: LONG },
    async () => {
      await dsl.goto(haven.setupLink);
      await h1(dsl, 'Set up Haven').waitFor();
      await dsl.getByLabel('School name').fill('Oakfield Primary School');
      await dsl.getByLabel('Your full name').fill('Dana Scully');
      await dsl.getByLabel('Email address').fill(DSL_EMAIL);
      await dsl.getByLabel('Create a password').fill(PASSWORD);
      await dsl.getByLabel('Confirm password').fill(PASSWORD);
      await dsl.getByRole('button', { name: 'Create school and account' }).click();
      await h1(dsl, 'Set up your authenticator app').waitFor();
      const secret = ((await dsl.locator('code.haven-secret').textContent()) ?? '').trim();
      await dsl.getByLabel('Code from your authenticator app').fill(await freshTotp(secret));
      await dsl.getByRole('button', { name: 'Continue' }).click();
      await h1(dsl, 'Your authenticator app is set up').waitFor();
      await dsl.getByRole('button', { name: 'I have saved my recovery codes' }).click();
      await h1(dsl, /Home/).waitFor();
      expect(await menu(dsl).getByRole('link', { name: 'Inbox' }).count()).toBe(1);
      expect(await menu(dsl).getByRole('link', { name: 'Record a concern' }).count()).toBe(1);

      // A teacher, through the Staff screen.
      inviteLink = await addTeacher(dsl, 'Tom Baker', 'tom.baker@example.org');

      // A pupil with special educational needs, through the Pupils screen.
      pupilId = await addPupil(dsl, {
        firstName: 'Samantha',
        lastName: 'Okafor',
        preferredName: 'Sam',
        yearGroup: 'Year 4',
        sen: true,
      });
      expect(pupilId).toMatch(/^[0-9a-f-]{36}$/);

      // The DSL waits on the home page; the header polls for notifications.
      await menu(dsl).getByRole('link', { name: 'Home' }).click();
      await h1(dsl, /Home/).waitFor();
      await dsl.getByTestId('notifications-link').waitFor();
      expect(await dsl.getByTestId('unread-count').count()).toBe(0);

      // The teacher sets a password from the invite link and signs in on a phone.
      await acceptInvite(teacher, inviteLink);
      await signIn(teacher, haven.baseUrl, TEACHER);
    },
  );

  test(
    '[D23] [D09] [D17] [D16] [D29] a teacher on a phone records a concern with a body map mark and a photo, via a saved draft',
    { timeout: LONG },
    async () => {
      // Home: the big start button replaces "coming soon".
      const start = teacher
        .getByRole('link', { name: 'Record a concern' })
        .and(teacher.locator('.govuk-button--start'));
      await expect.poll(() => start.count()).toBe(1);
      expect(await teacher.locator('main').textContent()).not.toContain('coming soon');
      await expectAccessible(teacher, 'teacher home with the start button');
      await start.click();

      await h1(teacher, 'Record a concern').waitFor();
      await expectTitle(teacher, 'Record a concern – Haven', CHILD);
      await expect
        .poll(() => teacher.locator('.govuk-inset-text').textContent())
        .toContain('Never promise a child that you will keep what they tell you secret.');
      await expectAccessible(teacher, 'record a concern');
      await expectFits(teacher, 'record a concern');

      // Sending an empty form: the error summary takes focus.
      await teacher.getByRole('button', { name: 'Send to the DSL' }).click();
      const summary = teacher.locator('.govuk-error-summary');
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await summary.textContent()).toContain('Find and add the child');
      expect(await summary.textContent()).toContain('Enter what you saw, heard or did');
      await expectTitle(teacher, 'Error: Record a concern – Haven', CHILD);
      await expectAccessible(teacher, 'record a concern with errors');

      // Find the child: results come as you type, with a count for screen readers.
      await teacher.getByLabel('Find a child').fill('Sam');
      const result = teacher.getByRole('button', { name: /Sam Okafor/ });
      await result.waitFor();
      await expect
        .poll(() => teacher.locator('.haven-picker__status').textContent())
        .toBe('1 child found');
      await expectAccessible(teacher, 'pupil search results');
      await result.click();
      await expect
        .poll(() => teacher.evaluate(() => document.activeElement?.id))
        .toBe('pupil-search');
      const chosen = teacher.getByRole('list', { name: 'Children in this concern' });
      await expect.poll(() => chosen.textContent()).toContain('Sam Okafor');
      // The role starts as "subject of concern", never "victim".
      expect(await teacher.getByLabel(/Their role/).inputValue()).toBe('subject');
      // D09: the child has special educational needs.
      await expect
        .poll(() => teacher.locator('.govuk-warning-text').textContent())
        .toContain('Do not assume that signs of abuse are caused by the disability');

      // Immediate risk: what to do now appears before sending.
      await teacher
        .getByRole('group', { name: 'Is the child at risk of immediate harm?' })
        .getByLabel('Yes')
        .check();
      const urgent = teacher.getByTestId('urgent-panel');
      await expect
        .poll(() => urgent.textContent())
        .toContain('Call the police on 999 now if a child is in immediate danger.');
      // Then the hub (the school's number, or Haven's built-in one), however it is worded.
      await expect.poll(() => urgent.textContent()).toMatch(/Children and Families Hub/);
      expect(await urgent.textContent()).toContain('0345 603 7627');
      expect(await urgent.textContent()).toContain('the DSL will get an urgent alert');
      await expectAccessible(teacher, 'record a concern with the urgent panel');

      await teacher.getByLabel('What did the child say? Use their own words.').fill(CHILD_WORDS);
      await teacher.getByLabel('What did you see, hear or do?').fill(OBSERVED);
      await teacher.getByLabel('Where? (optional)').fill('Art room');
      await teacher
        .getByLabel('What is it mainly about?')
        .selectOption({ label: 'Physical abuse' });
      await teacher
        .getByRole('group', { name: 'Have you spoken to the DSL about this?' })
        .getByLabel('No')
        .check();

      // Body map, without a pointer: side, body area and type from lists, then "Add mark".
      await teacher.getByText('Add marks on a body map').click();
      await teacher.getByLabel('Type of mark').selectOption('bruise');
      await teacher.getByLabel('Describe the mark (optional)').fill('Blue-yellow, about 3cm');
      await teacher.getByRole('group', { name: 'Side of the body' }).getByLabel('Front').check();
      await teacher.getByLabel('Body area').selectOption({ label: 'Left upper arm' });
      await teacher.getByRole('button', { name: 'Add mark' }).focus();
      await teacher.keyboard.press('Enter');
      const marks = teacher.locator('.haven-marks');
      await expect.poll(() => marks.textContent()).toContain('Bruise, front, left upper arm');
      expect(await marks.textContent()).toContain('Blue-yellow, about 3cm');
      const front = teacher.getByRole('img', { name: 'Body outline, front' }).first();
      expect(await front.locator('circle.haven-mark').count()).toBe(1);
      await expectAccessible(teacher, 'body map with a mark');
      await expectFits(teacher, 'body map');

      // Save a draft on the server, then carry on from the drafts page.
      await teacher.getByRole('button', { name: 'Save as draft' }).click();
      await expect
        .poll(() => teacher.locator('.haven-draft-status').textContent())
        .toMatch(/Draft saved at \d\d:\d\d/);
      await teacher.getByRole('link', { name: 'See your drafts' }).click();
      await h1(teacher, 'Draft concerns').waitFor();
      await expectTitle(teacher, 'Draft concerns – Haven', CHILD);
      const draftRow = teacher.locator('tbody tr', { hasText: 'Sam Okafor' });
      await expect.poll(() => draftRow.count()).toBe(1);
      await expectAccessible(teacher, 'drafts');
      await expectFits(teacher, 'drafts');
      await draftRow.getByRole('link', { name: /Continue/ }).click();

      await h1(teacher, 'Record a concern').waitFor();
      expect(new URL(teacher.url()).search).toMatch(/^\?draft=[0-9a-f-]{36}$/);
      await expect
        .poll(() => teacher.getByLabel('What did you see, hear or do?').inputValue())
        .toBe(OBSERVED);
      expect(await chosen.textContent()).toContain('Sam Okafor');
      expect(await teacher.getByTestId('urgent-panel').count()).toBe(1);
      expect(await teacher.locator('.haven-marks').textContent()).toContain(
        'Bruise, front, left upper arm',
      );

      await teacher.getByRole('button', { name: 'Send to the DSL' }).click();
      await h1(teacher, 'Concern sent').waitFor();
      await expectTitle(teacher, 'Concern sent – Haven', CHILD);
      reference = ((await teacher.getByTestId('concern-reference').textContent()) ?? '').trim();
      expect(reference).not.toBe('');
      const signature = (await teacher.getByTestId('signature').textContent()) ?? '';
      expect(signature).toMatch(/^Signed by Tom Baker at .+\. Record fingerprint: [0-9a-f]{32,}$/);
      await expect
        .poll(() => teacher.locator('main').textContent())
        .toContain('The DSL has been alerted');
      // Urgent: the numbers to call are on the receipt too.
      expect(await teacher.getByTestId('urgent-contacts').count()).toBe(1);
      expect(teacher.url()).not.toMatch(/Sam|Okafor/);
      concernId =
        /\/concerns\/([0-9a-f-]{36})\/sent$/.exec(new URL(teacher.url()).pathname)?.[1] ?? '';
      expect(concernId).not.toBe('');
      await expectAccessible(teacher, 'concern sent');
      await expectFits(teacher, 'concern sent');

      // The receipt offers an upload: the teacher attaches a photo of the child's note.
      const attach = teacher.locator('section', {
        has: teacher.getByRole('heading', { level: 2, name: 'Add a photo or document' }),
      });
      const fileInput = attach.getByLabel('Choose a photo or PDF');
      expect(await fileInput.getAttribute('type')).toBe('file');
      await fileInput.setInputFiles({ name: 'note.png', mimeType: 'image/png', buffer: PNG });
      const uploaded = teacher.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith(`/${concernId}/attachments`),
      );
      await attach.getByRole('button', { name: 'Attach file' }).click();
      const answer = await uploaded;
      expect(answer.status()).toBe(201);
      const added = (await answer.json()) as { data: { mime: string; size: number } };
      expect(added.data).toMatchObject({ mime: 'image/png', size: PNG.length });
      await expect
        .poll(() => attach.locator('.haven-upload-status').textContent())
        .toBe('note.png attached');
      expect(await attach.locator('.govuk-error-summary').count()).toBe(0);
      expect(await fileInput.inputValue()).toBe('');
      await expectAccessible(teacher, 'concern sent with a photo attached');
      await expectFits(teacher, 'concern sent with a photo attached');

      // The draft is gone once the concern is sent.
      await teacher.goto(`${haven.baseUrl}/concerns/drafts`);
      await h1(teacher, 'Draft concerns').waitFor();
      await expect.poll(() => teacher.getByText('You have no drafts.').count()).toBe(1);

      // My concerns: the reference and "Received".
      await teacher.goto(`${haven.baseUrl}/concerns/mine`);
      await h1(teacher, 'My concerns').waitFor();
      const mine = teacher.locator('tbody tr', { hasText: reference });
      await expect.poll(() => mine.textContent()).toContain('Received');
      expect(await mine.textContent()).toContain('Sam Okafor');
      await expectAccessible(teacher, 'my concerns');
      await expectFits(teacher, 'my concerns');

      expect(await browserStorage(teacher)).toEqual({ local: 0, session: 0, cookie: '' });
    },
  );

  test(
    '[D05] the DSL is alerted in Haven and by email, acknowledges, decides, and sees it in the child’s file',
    { timeout: LONG },
    async () => {
      // A real email, through Haven's outbox and SMTP: a sentence and a link, nothing about the child.
      await expect
        .poll(() => mailToDsl().map((m) => m.subject), {
          timeout: 30_000,
          message: 'the alert email to the DSL reaches the test SMTP server',
        })
        .toEqual(['URGENT: a concern needs your attention now']);
      const email = mailToDsl()[0] as ReceivedMail;
      const link = `${haven.baseUrl}/concerns/${concernId}`;
      expect(email.text).toContain(`Open Haven to see it:\n${link}\n`);
      expect(email.text).toContain('This email deliberately contains no details.');
      for (const part of [email.subject, email.text]) {
        expect(part).not.toMatch(CHILD);
        expect(part).not.toMatch(/Samantha|Okafor/i);
        expect(part).not.toContain(CHILD_WORDS);
        expect(part).not.toContain(OBSERVED);
        expect(part).not.toMatch(/bruise|upper arm|Art room|Physical abuse|note\.png/i);
      }

      // The header polls every 15 seconds.
      const badge = dsl.getByTestId('unread-count');
      await expect.poll(() => badge.count(), { timeout: 40_000 }).toBe(1);
      expect(Number((await badge.textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
      await dsl.getByTestId('notifications-link').click();
      await h1(dsl, 'Notifications').waitFor();
      await expectTitle(dsl, 'Notifications – Haven', CHILD);
      await expect.poll(() => dsl.locator('main').textContent()).toContain('Urgent concern');
      expect(await dsl.locator('main').textContent()).not.toMatch(/Sam|Okafor/);
      await expectAccessible(dsl, 'notifications');

      await menu(dsl).getByRole('link', { name: 'Inbox' }).click();
      await h1(dsl, 'Inbox').waitFor();
      await expectTitle(dsl, 'Inbox – Haven', CHILD);
      const row = dsl.locator('tbody tr', { hasText: reference });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.locator('.govuk-tag--red').textContent()).toBe('Urgent');
      expect(await dsl.getByRole('link', { name: /^New \(1\)$/ }).count()).toBe(1);
      await expectAccessible(dsl, 'inbox');

      await row.getByRole('link', { name: reference }).click();
      await h1(dsl, new RegExp(reference)).waitFor();
      await expectTitle(dsl, `Concern ${reference} – Haven`, CHILD);
      // The same page the email links to.
      expect(dsl.url()).toBe(link);
      await expect
        .poll(() => dsl.locator('blockquote.haven-quote').textContent())
        .toBe(CHILD_WORDS);
      expect(await dsl.locator('main').textContent()).toContain(OBSERVED);
      expect(await dsl.locator('.haven-marks').textContent()).toContain('left upper arm');
      expect(await dsl.locator('code.haven-hash').textContent()).toMatch(/^[0-9a-f]{32,}$/);
      // The teacher's photo, listed for the DSL team (never shown on the page).
      const photo = dsl.getByTestId('attachments').locator('tbody tr', { hasText: 'note.png' });
      await expect.poll(() => photo.count()).toBe(1);
      expect(await photo.textContent()).toContain('Image (PNG)');
      expect(await photo.textContent()).toContain('Tom Baker');
      await expectAccessible(dsl, 'concern detail');

      await dsl.getByRole('button', { name: 'Acknowledge' }).click();
      await expect
        .poll(() => dsl.locator('.govuk-notification-banner').textContent())
        .toContain('Concern acknowledged');
      await expect.poll(() => dsl.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);

      await dsl.getByRole('group', { name: 'Outcome' }).getByLabel('Monitor in school').check();
      await dsl
        .getByRole('group', { name: /Level of need/ })
        .getByLabel('Additional')
        .check();
      await dsl.getByLabel('Why? (your rationale)').fill('Bruise explained inconsistently.');
      await dsl.getByRole('button', { name: 'Record decision' }).click();
      await expect
        .poll(() => dsl.locator('.govuk-notification-banner').textContent())
        .toContain('Decision recorded');
      await expect
        .poll(() =>
          dsl.locator('section', { has: dsl.locator('#decisions-heading') }).textContent(),
        )
        .toContain('Bruise explained inconsistently.');
      await expectAccessible(dsl, 'concern detail after a decision');

      await dsl.getByRole('link', { name: /Child protection file/ }).click();
      await h1(dsl, /Child protection file/).waitFor();
      await expectTitle(dsl, 'Child protection file – Haven', CHILD);
      const chronology = dsl.getByRole('list', { name: 'Chronology, newest first' });
      await expect.poll(() => chronology.textContent()).toContain('Decision');
      expect(await chronology.textContent()).toContain(reference);
      expect(await chronology.textContent()).toContain(`Photo attached to ${reference}`);
      await expectAccessible(dsl, 'child protection file');

      // The "significant only" filter is a GET form.
      await dsl.getByLabel('Significant only').check();
      await dsl.getByRole('button', { name: 'Show entries' }).click();
      await expect.poll(() => dsl.url()).toContain('significant=true');
      expect(await browserStorage(dsl)).toEqual({ local: 0, session: 0, cookie: '' });
    },
  );

  test(
    '[D24] [D32] a teacher sees a file only after the DSL gives access, and the DSL sees that read',
    { timeout: LONG },
    async () => {
      const fileUrl = `${haven.baseUrl}/files/${pupilId}`;
      const fileApi = `/api/files/${pupilId}`;

      // Without a grant: the API answers "not found", as for a child who does not exist...
      const refused = await fetchAsTeacher(fileApi);
      expect(refused.status).toBe(404);
      expect(refused.body).not.toMatch(/Samantha|Okafor|Sam\b/);
      expect(refused.body).not.toContain(reference);
      expect((await fetchAsTeacher(`${fileApi}/chronology.pdf`)).status).toBe(404);
      // ...and so does the page.
      await teacher.goto(fileUrl);
      await h1(teacher, 'Page not found').waitFor();
      expect(await teacher.locator('main').textContent()).not.toMatch(CHILD);
      await expectAccessible(teacher, 'file without access');
      await expectFits(teacher, 'file without access');

      await dsl.goto(fileUrl);
      await h1(dsl, /Child protection file/).waitFor();
      // A refusal is not a read: the teacher is not in "who viewed" yet.
      const viewers = dsl.getByTestId('viewers');
      await expect.poll(() => viewers.textContent()).toContain('Dana Scully');
      expect(await viewers.textContent()).not.toContain('Tom Baker');
      await dsl.getByLabel('Who needs access').selectOption({ label: 'Tom Baker' });
      await dsl.getByLabel('Why do they need to know?').fill('Class teacher: safety plan');
      await dsl.getByRole('button', { name: 'Give access' }).click();
      await expect
        .poll(() => dsl.locator('.govuk-notification-banner').textContent())
        .toContain('Tom Baker can now see this file');
      const access = dsl.locator('section', { has: dsl.locator('#access-heading') });
      await expect.poll(() => access.locator('tbody').textContent()).toContain('Tom Baker');
      await expectAccessible(dsl, 'file with a grant');

      // With the grant but a password only: the file needs two-step sign-in first, and says so.
      expect((await fetchAsTeacher(fileApi)).status).toBe(403);
      await teacher.goto(fileUrl);
      await h1(teacher, 'Set up two-step sign-in first').waitFor();
      await expectAccessible(teacher, 'file shared before two-step sign-in');
      await teacher.getByRole('link', { name: 'Set up two-step sign-in' }).click();
      await enrol(teacher, TEACHER);

      // With the grant: the API answers with the file...
      const allowed = await fetchAsTeacher(fileApi);
      expect(allowed.status).toBe(200);
      const file = JSON.parse(allowed.body) as {
        data: { pupil: { id: string }; chronology: { concernId: string | null }[] };
        allowedActions: string[];
      };
      expect(file.data.pupil.id).toBe(pupilId);
      expect(file.data.chronology.some((e) => e.concernId === concernId)).toBe(true);
      // ...to read, not to manage.
      expect(file.allowedActions).toEqual(['file.read']);

      // ...and so does the page.
      await teacher.goto(fileUrl);
      await h1(teacher, /Child protection file/).waitFor();
      await expectTitle(teacher, 'Child protection file – Haven', CHILD);
      await expect
        .poll(() => teacher.getByRole('list', { name: 'Chronology, newest first' }).textContent())
        .toContain(reference);
      // Only the DSL team manages access.
      expect(await teacher.getByRole('heading', { name: 'Who has access' }).count()).toBe(0);
      await expectAccessible(teacher, 'file through a grant');
      await expectFits(teacher, 'file through a grant');

      await dsl.reload();
      await h1(dsl, /Child protection file/).waitFor();
      await expect.poll(() => viewers.textContent()).toContain('Tom Baker');
      // Both reads, through the API and the page, and each through the grant.
      const teacherReads = viewers.locator('tbody tr', { hasText: 'Tom Baker' });
      await expect.poll(() => teacherReads.count()).toBeGreaterThanOrEqual(2);
      for (const read of await teacherReads.all()) {
        expect(await read.textContent()).toContain('Given access');
      }
      await expectAccessible(dsl, 'who viewed this file');
    },
  );

  test(
    '[D19] the teacher adds information and asks the DSL to reconsider; the DSL answers',
    { timeout: LONG },
    async () => {
      await teacher.goto(`${haven.baseUrl}/concerns/mine`);
      await h1(teacher, 'My concerns').waitFor();
      const followUp = teacher.locator('section', {
        has: teacher.getByRole('heading', { name: `Concern ${reference}` }),
      });
      await followUp.getByText('Add information', { exact: true }).first().click();
      await followUp.getByLabel('What do you want to add?').fill('She said it happened twice.');
      await followUp.getByRole('button', { name: 'Add information' }).click();
      await expect
        .poll(() => followUp.getByRole('status').first().textContent())
        .toContain('Information added');
      await followUp.getByText('Ask the DSL to reconsider', { exact: true }).first().click();
      await followUp.getByRole('button', { name: 'Ask the DSL to reconsider' }).click();
      await expect
        .poll(() => followUp.locator('.govuk-error-summary').textContent())
        .toContain('Enter why you are still worried');
      await expectAccessible(teacher, 'my concerns with a form error');
      await followUp
        .getByLabel('Why should the DSL look at this again?')
        .fill('I think she is frightened to go home.');
      await followUp.getByRole('button', { name: 'Ask the DSL to reconsider' }).click();
      await expect.poll(() => followUp.textContent()).toContain('The DSL has not answered yet.');
      await expectFits(teacher, 'my concerns with the forms open');

      await menu(dsl).getByRole('link', { name: 'Inbox' }).click();
      await h1(dsl, 'Inbox').waitFor();
      await dsl.getByRole('link', { name: /^In progress/ }).click();
      await dsl
        .locator('tbody tr', { hasText: reference })
        .getByRole('link', { name: reference })
        .click();
      await h1(dsl, new RegExp(reference)).waitFor();
      await expect
        .poll(() => dsl.locator('main').textContent())
        .toContain('She said it happened twice.');
      await expectAccessible(dsl, 'concern with a request to reconsider waiting');
      await dsl.goto(`${haven.baseUrl}/inbox?reconsideration=open`);
      await expect.poll(() => dsl.locator('main').textContent()).toContain(reference);
      await expectAccessible(dsl, 'inbox of requests to reconsider');
      await dsl
        .locator('tbody tr', { hasText: reference })
        .getByRole('link', { name: reference })
        .click();
      await h1(dsl, new RegExp(reference)).waitFor();
      await dsl
        .getByLabel('Your answer to the recorder')
        .fill('We have spoken to her; a plan is in place.');
      await dsl.getByRole('button', { name: 'Send answer' }).click();
      await expect
        .poll(() => dsl.locator('#reconsider-heading').locator('..').textContent())
        .toContain('a plan is in place');
      await expectAccessible(dsl, 'concern with the request answered');

      await teacher.reload();
      await h1(teacher, 'My concerns').waitFor();
      await expect
        .poll(() => teacher.locator('blockquote').first().textContent())
        .toContain('We have spoken to her; a plan is in place.');
      await expectAccessible(teacher, 'my concerns with an answer');

      // The DSL's pages on a phone, too.
      await dsl.setViewportSize(PHONE);
      for (const [path, heading] of [
        ['/inbox?status=in_progress', 'Inbox'],
        ['/notifications', 'Notifications'],
        [`/files/${pupilId}`, /Child protection file/],
      ] as const) {
        await dsl.goto(`${haven.baseUrl}${path}`);
        await h1(dsl, heading).waitFor();
        await dsl.locator('main table, main ul, main ol').first().waitFor();
        await expectFits(dsl, path);
        await expectAccessible(dsl, `${path} at 360px`);
      }
      await dsl.goto(`${haven.baseUrl}/inbox?status=in_progress`);
      await dsl
        .locator('tbody tr', { hasText: reference })
        .getByRole('link', { name: reference })
        .click();
      await h1(dsl, new RegExp(reference)).waitFor();
      await dsl.locator('svg.haven-figure__svg').first().waitFor();
      await expectFits(dsl, 'concern detail');
      await expectAccessible(dsl, 'concern detail at 360px');

      expect([...dslProblems, ...teacherProblems]).toEqual([]);
      await teacherContext.close();
      await dslContext.close();
    },
  );
});
