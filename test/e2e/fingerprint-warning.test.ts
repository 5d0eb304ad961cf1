// A concern that no longer matches its fingerprint: a teacher records a concern, the DSL sees it
// checked, then the stored row is changed behind Haven's back and the concern page warns. The
// warning is checked with axe, in the accessible tree and by keyboard.
//
// Concerns are never edited through the API, so the test changes the row itself: the server runs
// in this process (not as `haven serve`), on SQLite in a fresh folder, and the test holds the
// runtime's database handle.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
  PASSWORD,
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
  expectTitle,
  h1,
  recordConcern,
  type RecordedConcern,
} from './steps.ts';
import { startInProcessHaven, type InProcessHaven } from './in-process.ts';

/** Page titles and addresses must never name the child. */
const CHILD = /Maya|Linfield/;
const TEACHER: Account = {
  email: 'tom.baker@example.org',
  password: PASSWORD,
  fullName: 'Tom Baker',
  totpSecret: '',
};
const WARNING =
  'The record no longer matches its fingerprint: something changed it after it was sent. Tell your Haven administrator, and keep using the record with care.';
const CHECKED = 'Checked just now: the record is exactly as it was sent.';

let haven: InProcessHaven;
let browser: Browser;
let dslAccount: Account;
let dsl: Page;
let teacher: Page;
let dslProblems: string[] = [];
let teacherProblems: string[] = [];
let concern: RecordedConcern;
let signedHash = '';

const fingerprint = (page: Page) => page.getByRole('region', { name: 'Record fingerprint' });
const warningIn = (section: Locator) => section.locator('.govuk-warning-text');
/** The concern summary's answer to "Recorder spoke to the DSL". */
const spokeToDsl = (page: Page) =>
  page.locator('.govuk-summary-list__row', { hasText: 'Recorder spoke to the DSL' }).locator('dd');

/** Opens the concern as the DSL (a full page load, as after a reload or from a bookmark). */
async function openConcern(): Promise<Locator> {
  await dsl.goto(`${haven.baseUrl}/concerns/${concern.id}`);
  await h1(dsl, new RegExp(concern.reference)).waitFor();
  const section = fingerprint(dsl);
  await section.waitFor();
  return section;
}

interface Stop {
  key: string;
  /** Where focus is against the warning in document order. */
  place: 'before' | 'inside' | 'after' | 'none';
  /** Whether any of the warning is on screen at this stop. */
  warningOnScreen: boolean;
}

/** Where focus is now, against the warning (`selector`). */
function stopNow(page: Page, selector: string): Promise<Stop> {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    const warning = document.querySelector(sel);
    let place: 'before' | 'inside' | 'after' | 'none' = 'none';
    if (el && el !== document.body && warning) {
      const pos = warning.compareDocumentPosition(el);
      if (warning.contains(el)) place = 'inside';
      else if (pos & Node.DOCUMENT_POSITION_PRECEDING) place = 'before';
      else if (pos & Node.DOCUMENT_POSITION_FOLLOWING) place = 'after';
    }
    const box = warning?.getBoundingClientRect();
    const warningOnScreen = Boolean(
      box && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    );
    const all = Array.from(document.querySelectorAll('*'));
    const key =
      !el || el === document.body
        ? 'body'
        : `${el.tagName.toLowerCase()}#${el.id}@${String(all.indexOf(el))}`;
    return { key, place, warningOnScreen };
  }, selector);
}

beforeAll(async () => {
  haven = await startInProcessHaven();
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

describe('a concern that no longer matches its fingerprint', () => {
  test(
    'the DSL adds a teacher and a pupil; the teacher records a concern',
    { timeout: LONG },
    async () => {
      await signIn(dsl, haven.baseUrl, dslAccount);
      const invite = await addTeacher(dsl, TEACHER.fullName, TEACHER.email);
      await addPupil(dsl, { firstName: 'Maya', lastName: 'Linfield', yearGroup: 'Year 4' });
      await acceptInvite(teacher, invite);
      await signIn(teacher, haven.baseUrl, TEACHER);
      concern = await recordConcern(teacher, haven.baseUrl, {
        search: 'Maya',
        childName: 'Maya Linfield',
        observed: 'She said she had not eaten since lunch yesterday and was shaking.',
        category: 'Neglect',
      });
      signedHash = ((await teacher.locator('code.haven-hash').textContent()) ?? '').trim();
      expect(signedHash).toMatch(/^[0-9a-f]{64}$/);
      expect(teacherProblems).toEqual([]);
    },
  );

  test('the DSL opens it: checked, and no warning', { timeout: LONG }, async () => {
    const section = await openConcern();
    await expectTitle(dsl, `Concern ${concern.reference} – Haven`, CHILD);
    await expect.poll(() => section.getByTestId('fingerprint-checked').textContent()).toBe(CHECKED);
    expect(((await section.locator('code.haven-hash').textContent()) ?? '').trim()).toBe(
      signedHash,
    );
    expect(await warningIn(section).count()).toBe(0);
    expect(await spokeToDsl(dsl).textContent()).toBe('No');
    expect(await dsl.getByText('no longer matches its fingerprint').count()).toBe(0);
    await expectAccessible(dsl, 'concern, fingerprint checked');
    expect(dslProblems).toEqual([]);
  });

  test(
    'changed in the database behind Haven’s back: the page warns, in the accessible tree, by keyboard, with no axe problems',
    { timeout: LONG },
    async () => {
      // "Spoke to the DSL" is one of the fields the fingerprint covers.
      const before = await haven.rt.conn.db
        .selectFrom('concerns')
        .select(['spoke_to_dsl', 'content_hash'])
        .where('id', '=', concern.id)
        .executeTakeFirstOrThrow();
      expect(before).toEqual({ spoke_to_dsl: 0, content_hash: signedHash });
      const result = await haven.rt.conn.db
        .updateTable('concerns')
        .set({ spoke_to_dsl: 1 })
        .where('id', '=', concern.id)
        .executeTakeFirst();
      expect(Number(result.numUpdatedRows)).toBe(1);

      await dsl.reload();
      await h1(dsl, new RegExp(concern.reference)).waitFor();
      const section = fingerprint(dsl);
      const warning = warningIn(section);
      await warning.waitFor();

      // The top of the page says so too, before the summary, and leads to the fingerprint.
      const atTop = dsl.locator('.govuk-warning-text', {
        hasText: 'has changed since it was sent',
      });
      expect(await atTop.count()).toBe(1);
      const summaryTop = await dsl.locator('.govuk-summary-list').first().boundingBox();
      const warningTop = await atTop.boundingBox();
      expect(warningTop && summaryTop && warningTop.y < summaryTop.y).toBe(true);

      // What it says, above the fingerprint, which itself is unchanged; "checked" is gone.
      expect(await warning.count()).toBe(1);
      expect(await warning.isVisible()).toBe(true);
      expect((await warning.innerText()).replace(/\s+/g, ' ').trim()).toBe(`! Warning ${WARNING}`);
      expect(await section.getByTestId('fingerprint-checked').count()).toBe(0);
      expect(((await section.locator('code.haven-hash').textContent()) ?? '').trim()).toBe(
        signedHash,
      );
      // The summary shows the row as it now is.
      expect(await spokeToDsl(dsl).textContent()).toBe('Yes');

      // As assistive technology gets it: GOV.UK warning text. The "!" is hidden, the word
      // "Warning" is there for screen readers only, and the sentence is strong text inside the
      // "Record fingerprint" region. It is static text, not a live region or alert.
      expect(await warning.locator('.govuk-warning-text__icon').getAttribute('aria-hidden')).toBe(
        'true',
      );
      expect(((await warning.locator('.govuk-visually-hidden').textContent()) ?? '').trim()).toBe(
        'Warning',
      );
      const tree = (await section.ariaSnapshot()).replace(/\s+/g, ' ');
      expect(tree).toContain('heading "Record fingerprint" [level=2]');
      expect(tree).toContain(`strong: "Warning ${WARNING}"`);
      expect(tree).not.toContain('!');
      const roles = await warning.evaluate((el) =>
        [el, ...Array.from(el.querySelectorAll('*'))].map((n) => ({
          role: n.getAttribute('role'),
          live: n.getAttribute('aria-live'),
        })),
      );
      expect(roles.every((r) => r.role === null && r.live === null)).toBe(true);

      await expectTitle(dsl, `Concern ${concern.reference} – Haven`, CHILD);
      await expectAccessible(dsl, 'concern that no longer matches its fingerprint');

      // By keyboard: from the top of the page, Tab goes through every control and comes back
      // round to the first, so nothing traps focus. Focus passes the controls before the warning,
      // then those after it, in document order, and the warning is on screen at some stop.
      await dsl.setViewportSize({ width: 1280, height: 600 });
      await dsl.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      const selector = 'section[aria-labelledby="fingerprint-heading"] .govuk-warning-text';
      const stops: Stop[] = [];
      let first = '';
      let back = false;
      for (let i = 0; i < 400; i++) {
        await dsl.keyboard.press('Tab');
        const stop = await stopNow(dsl, selector);
        if (stop.key === 'body') continue;
        if (!first) first = stop.key;
        else if (stop.key === first) {
          back = true;
          break;
        }
        // A date input takes a press per part: one stop, however many presses.
        if (stops[stops.length - 1]?.key !== stop.key) stops.push(stop);
      }
      const seen = stops.map((s) => s.key);
      expect(back, `Tab did not come back to the first stop; it passed ${seen.join(', ')}`).toBe(
        true,
      );
      expect(new Set(seen).size, `a stop came twice in one round: ${seen.join(', ')}`).toBe(
        seen.length,
      );
      const places = stops.map((s) => s.place);
      expect(places).toContain('before');
      expect(places).toContain('after');
      expect(places.lastIndexOf('before')).toBeLessThan(places.indexOf('after'));
      expect(places).not.toContain('inside');
      expect(stops.some((s) => s.warningOnScreen)).toBe(true);

      // Tab stops alone may leave part of it off screen (nothing around it takes focus), so the
      // page scrolls by keyboard too: Page Down from the top brings the whole warning into view.
      await dsl.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      let wholly = false;
      for (let i = 0; i < 20 && !wholly; i++) {
        await dsl.keyboard.press('PageDown');
        wholly = await warning.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        });
      }
      expect(wholly, 'Page Down never brought the whole warning on screen').toBe(true);

      // Following its link (last: it moves where Tab starts from) leads to the fingerprint.
      await atTop.getByRole('link', { name: 'Record fingerprint' }).press('Enter');
      await expect
        .poll(() => dsl.evaluate(() => window.location.hash))
        .toBe('#fingerprint-heading');

      // At a phone's width the warning and the long fingerprint fit without scrolling sideways.
      await dsl.setViewportSize(PHONE);
      expect(await warning.isVisible()).toBe(true);
      await expectFits(dsl, 'concern with the fingerprint warning at 360px');
      await expectAccessible(dsl, 'concern with the fingerprint warning at 360px');

      expect(dslProblems).toEqual([]);
    },
  );
});
