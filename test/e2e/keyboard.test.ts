// Signing in with the keyboard alone: skip link, tab order, Enter to submit, focus on errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  LONG,
  expectAccessible,
  freshTotp,
  launchBrowser,
  setUpSchool,
  startHaven,
  type Account,
  type Haven,
} from './harness.ts';

let haven: Haven;
let browser: Browser;
let dsl: Account;

beforeAll(async () => {
  haven = await startHaven();
  dsl = await setUpSchool(haven);
  browser = await launchBrowser();
}, LONG);

afterAll(async () => {
  await browser?.close();
  await haven?.stop();
});

/** What has focus: tag, id, classes and text, for assertions and failure messages. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      className: el?.className ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
    };
  });
}

/** Whether the focused element shows a focus indicator (outline or box shadow). */
function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  });
}

describe('keyboard only', () => {
  test('skip link, tab order, Enter submits, errors take focus', { timeout: LONG }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${haven.baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Haven' }).waitFor();
    await expectAccessible(page, 'sign in');

    // The skip link is the first thing Tab reaches, and it moves focus to <main>.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main-content');
    expect(page.url()).toBe(`${haven.baseUrl}/sign-in`);

    // From <main>, Tab goes to the email field, then the password field, then the button.
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('email');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type(dsl.email);
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('password');
    await page.keyboard.type('not the right password at all');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Sign in');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Shift+Tab');

    // A wrong password: Enter submits, and the error summary takes focus.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).className).toContain('govuk-error-summary');
    expect((await focused(page)).text).toContain('There is a problem');
    expect((await focused(page)).text).toContain('Email or password is wrong');
    await expect.poll(() => page.title()).toBe('Error: Sign in – Haven');
    expect(await page.locator('#password').inputValue()).toBe('');
    await expectAccessible(page, 'sign in with an error');

    // Empty fields: the summary links to each field, and following a link focuses it.
    await page.locator('#email').fill('');
    await page.locator('#email').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).className).toContain('govuk-error-summary');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Enter your email address');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('email');
    expect(await page.locator('#email').getAttribute('aria-describedby')).toBe('email-error');

    // Now the right details, by keyboard.
    await page.keyboard.type(dsl.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(dsl.password);
    await page.keyboard.press('Enter');

    // The MFA page's heading takes focus after the route change; Tab reaches the code field.
    await page.getByRole('heading', { level: 1, name: 'Enter your security code' }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('code');
    await page.keyboard.type(await freshTotp(dsl.totpSecret));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Home/ }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');

    // Navigation links can be reached and followed by keyboard too.
    const pupils = page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Pupils' });
    await pupils.focus();
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Pupils' }).waitFor();
    await context.close();
  });
});
