// Statutory clocks in the browser: the DSL refers a concern to the Children and Families Hub, the
// follow-up deadline appears on the dashboard, time passes on the server's clock, the sweeper sends
// a reminder email that names no child, and recording the outcome meets the deadline. Also: the
// referral form by keyboard, parents and information sharing, meetings, staff's own referrals and
// the school calendar, each checked with axe and at 360px.
//
// The server runs in this process (not as `haven serve`), so the test owns its clock and runs the
// sweeper and the outbox itself, instead of waiting on timers for days.
import { generateSync } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sweepDeadlines } from '../../src/core/deadlines/use-cases/sweep.ts';
import type { Clock } from '../../src/core/shared/clock.ts';
import { drainOutbox } from '../../src/jobs/outbox-worker.ts';
import { startSmtp, type ReceivedMail } from '../support/smtp.ts';
import { startInProcessHaven, type InProcessHaven } from './in-process.ts';
import {
  LONG,
  PASSWORD,
  browserStorage,
  expectAccessible,
  launchBrowser,
  setUpSchool,
  signIn,
  watchPageErrors,
  type Account,
} from './harness.ts';
import {
  PHONE,
  acceptInvite,
  addPupil,
  addTeacher,
  expectFits,
  expectNotice,
  expectTitle,
  focused,
  h1,
  menu,
  recordConcern,
  signInWithCode,
  tabTo,
} from './steps.ts';

/** Real time, moved forward by hand: the browser's clock and the server's stay close until then. */
class ShiftedClock implements Clock {
  #offset = 0;
  now(): Date {
    return new Date(Date.now() + this.#offset);
  }
  moveTo(at: string | Date): void {
    this.#offset = Math.max(this.#offset, new Date(at).getTime() - Date.now());
  }
}

interface ClockedHaven extends InProcessHaven {
  clock: ShiftedClock;
  mail: ReceivedMail[];
}

/** Haven in this process, on SQLite in a fresh folder, sending mail to a test SMTP server. */
async function startClockedHaven(): Promise<ClockedHaven> {
  const smtp = await startSmtp();
  const clock = new ShiftedClock();
  const haven = await startInProcessHaven({
    clock,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'Haven <haven@oakfield.example>',
    },
    afterStop: () => smtp.stop(),
  }).catch(async (err: unknown) => {
    await smtp.stop();
    throw err;
  });
  return { ...haven, clock, mail: smtp.inbox };
}

let haven: ClockedHaven;
let browser: Browser;
let context: BrowserContext;
let dsl: Page;
let problems: string[] = [];
let account: Account;
let concernId = '';
let pupilId = '';

/** Page titles and addresses must never name the child. */
const CHILD = /Sam|Okafor/;
const REASON = 'Bruising to both arms and she says she is frightened of her stepfather.';
const FOLLOW_UP = 'Chase the referral: no outcome recorded yet';
const FGM = 'Report the known case of FGM to the police yourself (ring 101)';

/** A security code for the server's clock (which may be days ahead of this computer's). */
const serverCode = () =>
  generateSync({
    secret: account.totpSecret,
    epoch: Math.floor(haven.clock.now().getTime() / 1000),
  });

/** Moves the server's clock on, then runs the deadline sweeper and sends what it queued. */
async function timePasses(to: string): Promise<number> {
  haven.clock.moveTo(to);
  const alerts = await sweepDeadlines(haven.rt.concerns);
  await drainOutbox({ store: haven.rt.store, clock: haven.rt.clock, mailer: haven.rt.mailer });
  return alerts;
}

async function followUpDeadline() {
  const rows = await haven.rt.conn.db
    .selectFrom('deadlines')
    .select(['id', 'due_at', 'remind_at', 'state', 'owner_id'])
    .where('rule', '=', 'referral_follow_up')
    .execute();
  expect(rows).toHaveLength(1);
  return rows[0] as NonNullable<(typeof rows)[number]>;
}

const section = (page: Page, headingId: string) =>
  page.locator('section', { has: page.locator(`#${headingId}`) });

beforeAll(async () => {
  haven = await startClockedHaven();
  account = await setUpSchool(haven);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  dsl = await context.newPage();
  problems = watchPageErrors(dsl);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

describe('deadlines and referrals', () => {
  test(
    'the DSL records a concern, and sees an empty dashboard and the calendar',
    { timeout: LONG },
    async () => {
      await signIn(dsl, haven.baseUrl, account);
      pupilId = await addPupil(dsl, {
        firstName: 'Samantha',
        lastName: 'Okafor',
        preferredName: 'Sam',
        yearGroup: 'Year 4',
      });
      const concern = await recordConcern(dsl, haven.baseUrl, {
        search: 'Sam',
        childName: 'Sam Okafor',
        observed: 'Bruises on both forearms, noticed in PE.',
        category: 'Physical abuse',
      });
      concernId = concern.id;

      // Home: the deadlines panel, with nothing due yet.
      await menu(dsl).getByRole('link', { name: 'Home' }).click();
      await h1(dsl, /Home/).waitFor();
      const panel = dsl.getByTestId('deadlines-panel');
      await expect.poll(() => panel.textContent()).toContain('Nothing is overdue.');
      expect(await panel.textContent()).toContain('0 still to do');
      await expectAccessible(dsl, 'home with the deadlines panel');

      await menu(dsl).getByRole('link', { name: 'Deadlines' }).click();
      await h1(dsl, 'Deadlines').waitFor();
      await expectTitle(dsl, 'Deadlines – Haven', CHILD);
      await expect.poll(() => dsl.locator('main').textContent()).toContain('Nothing is due.');
      // The DSL team sees the school's deadlines, and can narrow to their own.
      const whose = dsl.getByRole('navigation', { name: 'Whose deadlines' });
      expect(
        await whose.getByRole('link', { name: 'Everyone’s' }).getAttribute('aria-current'),
      ).toBe('page');
      await expectAccessible(dsl, 'empty deadlines dashboard');

      // The school calendar: a CSV with a bad row is refused, naming the row and the column.
      await menu(dsl).getByRole('link', { name: 'Home' }).click();
      await dsl.getByRole('link', { name: 'School calendar' }).click();
      await h1(dsl, 'School calendar').waitFor();
      await expectTitle(dsl, 'School calendar – Haven', CHILD);
      await expectAccessible(dsl, 'empty school calendar');
      await dsl.locator('summary', { hasText: 'Or paste the calendar instead' }).click();
      await dsl
        .getByLabel('Calendar as CSV')
        .fill(
          'kind,name,start,end\nterm,Autumn 2026,2026-09-03,2026-12-18\ninset,INSET day,2026-13-40,\nhalf-term,October half term,2026-10-26,2026-10-30\n',
        );
      await dsl.getByRole('button', { name: 'Check the calendar' }).click();
      const bad = dsl.getByTestId('import-problems');
      await expect.poll(() => bad.locator('tbody tr').count()).toBe(1);
      expect(await bad.locator('tbody th').textContent()).toBe('Row 3');
      expect(await bad.locator('tbody td').first().textContent()).toBe('start');
      await expect
        .poll(() => dsl.locator('.govuk-error-summary').textContent())
        .toContain('The file has 1 problem');
      await expectAccessible(dsl, 'calendar import with a bad row');

      await dsl
        .getByLabel('Calendar as CSV')
        .fill(
          'kind,name,start,end\nterm,Autumn 2026,2026-09-03,2026-12-18\ninset,INSET day,2026-09-02,\nhalf-term,October half term,2026-10-26,2026-10-30\n',
        );
      await dsl.getByRole('button', { name: 'Check the calendar' }).click();
      await expect
        .poll(() => dsl.locator('#import-preview').textContent())
        .toBe('The file is ready: 3 entries');
      await expectAccessible(dsl, 'calendar import preview');
      await dsl.getByRole('button', { name: 'Save this calendar' }).click();
      await expectNotice(dsl, 'Calendar imported: 3 entries');
      const saved = dsl.getByRole('table', { name: 'Terms and closures, earliest first' });
      await expect.poll(() => saved.locator('tbody tr').count()).toBe(3);
      expect(await saved.textContent()).toContain('October half term');
      await saved.getByRole('button', { name: 'Remove INSET day' }).click();
      await expectNotice(dsl, 'Removed inset day: INSET day');
      await expect.poll(() => saved.locator('tbody tr').count()).toBe(2);
      await expectAccessible(dsl, 'school calendar');
    },
  );

  test(
    '[D17] [D30] the DSL refers the concern to the Children and Families Hub, by keyboard',
    { timeout: LONG },
    async () => {
      await dsl.goto(`${haven.baseUrl}/concerns/${concernId}`);
      await h1(dsl, /^Concern/).waitFor();
      const referrals = section(dsl, 'referrals-heading');
      await expect.poll(() => referrals.textContent()).toContain('No referrals yet.');

      // Open "Make a referral" and send it empty, all from the keyboard.
      const summary = referrals.locator('summary', { hasText: 'Make a referral' });
      await summary.focus();
      await dsl.keyboard.press('Enter');
      const passed = await tabTo(dsl, 'referral-agency');
      expect(passed).toEqual(['referral-agency']);
      // The Children and Families Hub is chosen already.
      expect(await dsl.locator('#referral-agency').inputValue()).toBe('childrens_hub');
      expect(await tabTo(dsl, 'referral-method')).toEqual(['referral-method']);
      expect(await tabTo(dsl, 'referral-urgent')).toEqual(['referral-urgent']);
      expect(await tabTo(dsl, 'referral-abuseCategory')).toEqual(['referral-abuseCategory']);
      expect(await tabTo(dsl, 'referral-reason')).toEqual(['referral-reason']);
      expect(await tabTo(dsl, 'referral-made')).toEqual(['referral-made']);
      await dsl.keyboard.press('Tab');
      await dsl.keyboard.press('Tab');
      expect((await focused(dsl)).text).toBe('Record referral');
      await dsl.keyboard.press('Enter');

      const errors = referrals.locator('.govuk-error-summary');
      await expect.poll(() => errors.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await errors.textContent()).toContain('Select how the referral was made');
      expect(await errors.textContent()).toContain('Enter the reason for the referral');
      expect(await errors.textContent()).toContain('Say whether you have made the referral');
      await expectAccessible(dsl, 'referral form with errors');

      // The summary's first link takes focus to the field.
      await dsl.keyboard.press('Tab');
      expect((await focused(dsl)).text).toBe('Select how the referral was made');
      await dsl.keyboard.press('Enter');
      expect((await focused(dsl)).id).toBe('referral-method');
      await dsl.keyboard.press('Space');
      expect(await dsl.locator('#referral-method').isChecked()).toBe(true);
      await tabTo(dsl, 'referral-urgent');
      await dsl.keyboard.press('Space');
      await tabTo(dsl, 'referral-abuseCategory');
      await tabTo(dsl, 'referral-reason');
      await dsl.keyboard.type(REASON);
      await tabTo(dsl, 'referral-made');
      await dsl.keyboard.press('Space');
      // "Made now" shows when, filled in with now.
      expect(await tabTo(dsl, 'referral-madeAt-date')).toEqual(['referral-madeAt-date']);
      expect(await dsl.locator('#referral-madeAt-date').inputValue()).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
      expect(await tabTo(dsl, 'referral-madeAt-time')).toEqual(['referral-madeAt-time']);
      expect(await tabTo(dsl, 'referral-agencyReference')).toEqual(['referral-agencyReference']);
      await dsl.keyboard.type('HUB-20417');
      await dsl.keyboard.press('Tab');
      expect((await focused(dsl)).text).toBe('Record referral');
      await expectAccessible(dsl, 'referral form filled in');
      await dsl.keyboard.press('Enter');

      await expectNotice(
        dsl,
        'Referral to Children and Families Hub (MASH) recorded. The follow-up deadline has started.',
      );
      await expect
        .poll(() => dsl.evaluate(() => document.activeElement?.className ?? ''))
        .toContain('govuk-notification-banner');
      const list = referrals.getByRole('list', { name: 'Referrals, newest first' });
      await expect
        .poll(() => list.textContent())
        .toContain('Referral to Children and Families Hub');
      expect(await list.textContent()).toContain('HUB-20417');
      expect(await list.textContent()).toContain('Urgent');
      expect(await list.textContent()).toContain(REASON);
      expect(dsl.url()).not.toMatch(CHILD);
      await expectAccessible(dsl, 'concern with a referral');

      // D18: parents told, recorded beside the referral.
      const parents = section(dsl, 'disclosures-heading');
      await parents
        .locator('summary', { hasText: 'Record whether parents or carers were told' })
        .click();
      await parents
        .getByRole('group', { name: 'Were parents or carers told?' })
        .getByLabel('Yes')
        .check();
      await parents.getByLabel('Who told them?').fill('Dana Scully, by phone to her mother');
      await expectAccessible(dsl, 'parents form');
      await parents.getByRole('button', { name: 'Record decision about parents' }).click();
      await expectNotice(dsl, 'Recorded: parents or carers were told');
      await expect
        .poll(() =>
          parents.getByRole('list', { name: 'Parents and information sharing' }).textContent(),
        )
        .toContain('Told by Dana Scully, by phone to her mother');

      // D37: what was shared, with whom, why, on what basis.
      await parents.locator('summary', { hasText: 'Record information shared' }).click();
      await parents.getByRole('button', { name: 'Record information shared' }).click();
      await expect
        .poll(() => parents.locator('.govuk-error-summary').textContent())
        .toContain('Choose the lawful basis');
      await expectAccessible(dsl, 'sharing form with errors');
      await parents.getByLabel('Who was it shared with?').fill('School nurse, Oakfield Health');
      await parents.getByLabel('What was shared?').fill('That a referral has been made.');
      await parents.getByLabel('Why was it shared?').fill('She sees Sam weekly.');
      await parents.getByLabel(/public task/).check();
      await parents.getByRole('button', { name: 'Record information shared' }).click();
      await expectNotice(dsl, 'Recorded: information shared with School nurse, Oakfield Health');
    },
  );

  test(
    'the follow-up deadline is on the dashboard, with how it was worked out',
    { timeout: LONG },
    async () => {
      await menu(dsl).getByRole('link', { name: 'Deadlines' }).click();
      await h1(dsl, 'Deadlines').waitFor();
      const list = dsl.getByRole('list', { name: 'Deadlines, soonest first' });
      const item = list.getByRole('listitem').filter({ hasText: FOLLOW_UP });
      await expect.poll(() => item.count()).toBe(1);
      const text = (await item.textContent()) ?? '';
      expect(text).toContain('Dana Scully');
      expect(text).toContain('(UK time)');
      expect(text).toMatch(/How this was worked out:\s*3 working days from/);
      expect(text).not.toContain('Overdue');
      // The child's name leads to the file; the address carries only the id.
      const child = item.getByRole('link', { name: /Sam Okafor/ });
      expect(await child.getAttribute('href')).toBe(`/files/${pupilId}`);
      await expectAccessible(dsl, 'deadlines dashboard');

      // "Mine": the DSL owns it, having made the referral.
      await dsl.getByRole('link', { name: 'Mine', exact: true }).click();
      await expect.poll(() => dsl.url()).toContain('scope=mine');
      await expect.poll(() => list.textContent()).toContain(FOLLOW_UP);

      const deadline = await followUpDeadline();
      expect(deadline.state).toBe('open');
      expect(deadline.remind_at).not.toBeNull();
    },
  );

  test(
    '[D30] time passes: the reminder email names no child; then the deadline is overdue',
    { timeout: LONG },
    async () => {
      const deadline = await followUpDeadline();
      const sentBefore = haven.mail.length;
      expect(await timePasses(deadline.remind_at ?? deadline.due_at)).toBe(1);
      await expect
        .poll(() => haven.mail.slice(sentBefore).map((m) => m.subject))
        .toContain('Reminder: a safeguarding deadline is coming up');
      const reminder = haven.mail
        .slice(sentBefore)
        .find((m) => m.subject === 'Reminder: a safeguarding deadline is coming up');
      expect(reminder?.to).toContain('dana.scully@example.org');
      expect(reminder?.text).toContain(`${haven.baseUrl}/deadlines`);
      expect(reminder?.text).toContain('This email deliberately contains no details.');
      for (const leak of [CHILD, /Samantha/, /HUB-20417/, /stepfather/, /Children and Families/])
        expect(`${reminder?.subject ?? ''}\n${reminder?.text ?? ''}`).not.toMatch(leak);
      // Nothing twice.
      expect(
        await timePasses(new Date(Date.parse(deadline.remind_at ?? '') + 60_000).toISOString()),
      ).toBe(0);

      // Past the due time: missed, and the owner is told.
      expect(await timePasses(new Date(Date.parse(deadline.due_at) + 60_000).toISOString())).toBe(
        1,
      );
      await expect
        .poll(() => haven.mail.map((m) => m.subject))
        .toContain('A safeguarding deadline has passed');
      expect((await followUpDeadline()).state).toBe('missed');

      // Days later the session has ended: sign in again (on the server's clock).
      await signInWithCode(dsl, haven.baseUrl, account, serverCode);
      const panel = dsl.getByTestId('deadlines-panel');
      await expect
        .poll(() => dsl.getByTestId('overdue-count').textContent())
        .toContain('1 deadline overdue');
      expect(await panel.locator('.govuk-tag--red').textContent()).toBe('Overdue');
      expect(await panel.textContent()).toContain('1 still to do, including 1 overdue');
      await expectAccessible(dsl, 'home with an overdue deadline');

      await menu(dsl).getByRole('link', { name: 'Deadlines' }).click();
      await h1(dsl, 'Deadlines').waitFor();
      const item = dsl
        .getByRole('list', { name: 'Deadlines, soonest first' })
        .getByRole('listitem')
        .filter({ hasText: FOLLOW_UP });
      // Red, and the word "Overdue": never colour alone.
      await expect.poll(() => item.locator('.govuk-tag--red').textContent()).toBe('Overdue');
      expect(await dsl.locator('main p[role="status"]').first().textContent()).toContain(
        '1 overdue',
      );
      await expectAccessible(dsl, 'dashboard with an overdue deadline');
    },
  );

  test(
    'recording the outcome meets the deadline: it leaves the watched list',
    { timeout: LONG },
    async () => {
      await dsl.goto(`${haven.baseUrl}/concerns/${concernId}`);
      await h1(dsl, /^Concern/).waitFor();
      const referrals = section(dsl, 'referrals-heading');
      await referrals.locator('summary', { hasText: 'Record the outcome' }).click();
      const form = referrals.getByRole('form', { name: 'Record the outcome' });
      await form
        .getByRole('group', { name: 'What did the agency decide?' })
        .getByLabel('Child and family assessment')
        .check();
      await form.getByLabel('Notes (optional)').fill('Social worker allocated; visit on Friday.');
      await expectAccessible(dsl, 'outcome form');
      await form.getByRole('button', { name: 'Record outcome' }).click();
      await expectNotice(dsl, 'Outcome recorded. The follow-up deadline is met.');
      const list = referrals.getByRole('list', { name: 'Referrals, newest first' });
      await expect.poll(() => list.textContent()).toContain('Outcome recorded');
      expect(await list.textContent()).toContain('Child and family assessment');
      // Next: close, with the CIN reason.
      expect(await referrals.locator('summary', { hasText: 'Close the referral' }).count()).toBe(1);
      expect(await referrals.locator('summary', { hasText: 'Record the outcome' }).count()).toBe(0);

      await menu(dsl).getByRole('link', { name: 'Deadlines' }).click();
      await h1(dsl, 'Deadlines').waitFor();
      await expect.poll(() => dsl.locator('main').textContent()).toContain('Nothing is due.');
      expect(await dsl.locator('main').textContent()).not.toContain(FOLLOW_UP);
      await dsl.getByRole('link', { name: 'Done or waived', exact: true }).click();
      const closed = dsl.getByRole('list', { name: 'Closed deadlines' });
      await expect.poll(() => closed.textContent()).toContain(FOLLOW_UP);
      expect(await closed.locator('.govuk-tag--green').textContent()).toBe('Done');
      await expectAccessible(dsl, 'closed deadlines');
      expect((await followUpDeadline()).state).toBe('met');
    },
  );

  test(
    '[D22] the file shows referrals and meetings; a strategy discussion starts the ICPC clock',
    { timeout: LONG },
    async () => {
      await dsl.goto(`${haven.baseUrl}/files/${pupilId}`);
      await h1(dsl, /Child protection file/).waitFor();
      const chronology = dsl.getByRole('list', { name: 'Chronology, newest first' });
      await expect.poll(() => chronology.textContent()).toContain('Referral');
      expect(await chronology.textContent()).toContain('Parents / information sharing');
      await expect
        .poll(() => section(dsl, 'child-deadlines-heading').textContent())
        .toContain('Nothing is due.');

      const meetings = section(dsl, 'meetings-heading');
      await meetings.locator('summary', { hasText: 'Record a meeting' }).click();
      await meetings.getByLabel('Strategy discussion').check();
      await meetings.getByLabel('Notes (optional)').fill('Section 47 enquiry agreed.');
      await expectAccessible(dsl, 'meeting form');
      await meetings.getByRole('button', { name: 'Record meeting' }).click();
      await expectNotice(dsl, 'Strategy discussion recorded');
      await expect
        .poll(() => meetings.getByRole('list', { name: 'Meetings, newest first' }).textContent())
        .toContain('Section 47 enquiry agreed.');
      await expect
        .poll(() => section(dsl, 'child-deadlines-heading').textContent())
        .toContain('Initial child protection conference due');
      expect(await section(dsl, 'child-deadlines-heading').textContent()).toContain(
        '15 working days',
      );
      await expect.poll(() => chronology.textContent()).toContain('Meeting');
      await expectAccessible(dsl, 'file with referrals, meetings and deadlines');

      // The filter knows the new kinds.
      await dsl.getByLabel('Show', { exact: true }).selectOption({ label: 'Meeting' });
      await dsl.getByRole('button', { name: 'Show entries' }).click();
      await expect.poll(() => dsl.url()).toContain('kind=meeting');
      await expect.poll(() => chronology.getByRole('listitem').count()).toBe(1);
      expect(dsl.url()).not.toMatch(CHILD);
    },
  );

  test(
    '[D13] [D20] a teacher on a phone: the FGM clock is theirs until they record the police report; their own referral reaches the DSL',
    { timeout: LONG },
    async () => {
      const invite = await addTeacher(dsl, 'Tom Baker', 'tom.baker@example.org');
      const teacherContext = await browser.newContext({
        viewport: PHONE,
        hasTouch: true,
        isMobile: true,
      });
      const teacher = await teacherContext.newPage();
      const teacherProblems = watchPageErrors(teacher);
      await acceptInvite(teacher, invite);
      await signIn(teacher, haven.baseUrl, {
        email: 'tom.baker@example.org',
        password: PASSWORD,
        fullName: 'Tom Baker',
        totpSecret: '',
      });
      await recordConcern(teacher, haven.baseUrl, {
        search: 'Sam',
        childName: 'Sam Okafor',
        observed: 'She told me she had been cut when she visited family abroad.',
        category: 'Female genital mutilation (FGM)',
      });

      // The teacher's own deadline: on the home page and the dashboard (no file link for them).
      await menu(teacher).getByRole('link', { name: 'Home' }).click();
      await expect
        .poll(() => teacher.getByTestId('open-count').textContent())
        .toContain('Your deadlines: 1 still to do');
      await menu(teacher).getByRole('link', { name: 'Deadlines' }).click();
      await h1(teacher, 'Deadlines').waitFor();
      await expectTitle(teacher, 'Deadlines – Haven', CHILD);
      const mine = teacher.getByRole('list', { name: 'Deadlines, soonest first' });
      await expect.poll(() => mine.textContent()).toContain(FGM);
      expect(await mine.textContent()).toContain('end of the next working day');
      expect(await mine.textContent()).toMatch(
        /How this was worked out:\s*End of the next working day/,
      );
      expect(await mine.getByRole('link', { name: /Sam Okafor/ }).count()).toBe(0);
      expect(await teacher.getByRole('navigation', { name: 'Whose deadlines' }).count()).toBe(0);
      expect(await mine.locator('summary', { hasText: 'Waive' }).count()).toBe(0);
      await expectAccessible(teacher, 'teacher’s deadlines');
      await expectFits(teacher, 'teacher’s deadlines');

      // D13: the report to the police, recorded.
      await menu(teacher).getByRole('link', { name: 'Home' }).click();
      await teacher
        .getByRole('link', { name: 'I have reported a known case of FGM to the police' })
        .click();
      await h1(teacher, 'Record an FGM report to the police').waitFor();
      await teacher.getByLabel('Find the child').fill('Sam');
      await teacher.getByRole('button', { name: /Sam Okafor/ }).click();
      await teacher.getByLabel('Police reference number').fill('CAD 4471 28/11');
      await expectAccessible(teacher, 'FGM report filled in');
      await expectFits(teacher, 'FGM report');
      const before = haven.mail.length;
      await teacher.getByRole('button', { name: 'Record report and tell the DSL team' }).click();
      await teacher.getByRole('heading', { level: 1, name: 'FGM report recorded' }).waitFor();
      await menu(teacher).getByRole('link', { name: 'Deadlines' }).click();
      await h1(teacher, 'Deadlines').waitFor();
      await expect.poll(() => teacher.locator('main').textContent()).toContain('Nothing is due.');

      // D20: a referral the teacher made while the DSL could not be reached.
      await teacher.goto(`${haven.baseUrl}/referrals/self`);
      await h1(teacher, 'Record a referral you made yourself').waitFor();
      await teacher.getByLabel('Find the child').fill('Sam');
      await teacher.getByRole('button', { name: /Sam Okafor/ }).click();
      await teacher
        .getByRole('group', { name: 'How did you make it?' })
        .getByLabel('By phone')
        .check();
      await teacher.getByLabel('Why did you refer the child?').fill('The DSL was on a course.');
      await expectAccessible(teacher, 'own referral filled in');
      await expectFits(teacher, 'own referral');
      await teacher.getByRole('button', { name: 'Record referral and tell the DSL team' }).click();
      await teacher.getByRole('heading', { level: 1, name: 'Referral recorded' }).waitFor();
      expect(await browserStorage(teacher)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(teacherProblems).toEqual([]);
      await teacherContext.close();

      // The DSL team is told by email, without the child's details.
      await drainOutbox({ store: haven.rt.store, clock: haven.rt.clock, mailer: haven.rt.mailer });
      const told = haven.mail
        .slice(before)
        .filter((m) => m.subject === 'A colleague has recorded a referral they made themselves');
      expect(told.length).toBe(2);
      for (const m of told) {
        expect(m.to).toContain('dana.scully@example.org');
        expect(`${m.subject}\n${m.text}`).not.toMatch(/Sam|Okafor|CAD 4471|course/);
      }
      // Its follow-up clock belongs to the DSL team: on the school's list, owned by nobody yet.
      await dsl.goto(`${haven.baseUrl}/deadlines`);
      const item = dsl
        .getByRole('list', { name: 'Deadlines, soonest first' })
        .getByRole('listitem')
        .filter({ hasText: FOLLOW_UP });
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.textContent()).toContain('Nobody yet');
    },
  );

  test(
    '[D20] [D13] staff’s own referral and FGM report pages, then everything at 360px',
    { timeout: LONG },
    async () => {
      await menu(dsl).getByRole('link', { name: 'Home' }).click();
      await dsl
        .getByRole('link', {
          name: 'I referred a child to social care myself (the DSL was not available)',
        })
        .click();
      await h1(dsl, 'Record a referral you made yourself').waitFor();
      await expectAccessible(dsl, 'own referral');
      await dsl.getByRole('button', { name: 'Record referral and tell the DSL team' }).click();
      const errors = dsl.locator('.govuk-error-summary');
      await expect.poll(() => errors.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await errors.textContent()).toContain('Find and choose the child you referred');
      await expectTitle(dsl, 'Error: Record a referral you made yourself – Haven', CHILD);
      await expectAccessible(dsl, 'own referral with errors');
      await dsl.getByLabel('Find the child').fill('Sam');
      await dsl.getByRole('button', { name: /Sam Okafor/ }).click();
      await expect
        .poll(() => dsl.getByTestId('pupil-chosen').textContent())
        .toContain('Sam Okafor');
      await expect.poll(async () => (await focused(dsl)).text).toContain('Change child');
      await expectAccessible(dsl, 'own referral with a child chosen');

      await dsl.goto(`${haven.baseUrl}/`);
      await dsl
        .getByRole('link', { name: 'I have reported a known case of FGM to the police' })
        .click();
      await h1(dsl, 'Record an FGM report to the police').waitFor();
      await expectAccessible(dsl, 'FGM report');
      await dsl.getByRole('button', { name: 'Record report and tell the DSL team' }).click();
      await expect
        .poll(() => dsl.locator('.govuk-error-summary').textContent())
        .toContain('Enter the police reference number');
      await expectAccessible(dsl, 'FGM report with errors');

      await dsl.setViewportSize(PHONE);
      for (const [where, heading] of [
        ['/deadlines?state=closed', 'Deadlines'],
        ['/school/calendar', 'School calendar'],
        ['/referrals/self', 'Record a referral you made yourself'],
        ['/referrals/fgm', 'Record an FGM report to the police'],
        [`/files/${pupilId}`, /Child protection file/],
        [`/concerns/${concernId}`, /^Concern/],
      ] as const) {
        await dsl.goto(`${haven.baseUrl}${where}`);
        await h1(dsl, heading).waitFor();
        await dsl
          .locator('main form, main ol, main table')
          .filter({ visible: true })
          .first()
          .waitFor();
        // Open every form, so what is hidden fits too.
        const closed = dsl.locator('main details:not([open]) > summary');
        for (let left = await closed.count(); left > 0; left = await closed.count())
          await closed.first().click();
        await expectFits(dsl, where);
        await expectAccessible(dsl, `${where} at 360px`);
      }
      expect(await browserStorage(dsl)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
