// Browser tests: a real Haven server as a child process, driven by headless Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { generateSync } from 'otplib';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const PASSWORD = 'lantern meadow copper violin';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const LONG = 120_000;

export interface Haven {
  baseUrl: string;
  setupLink: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

let webChecked = false;

/** Builds web/dist if it is missing or older than the client's sources. */
export function ensureWebBuilt(): void {
  if (webChecked) return;
  const result = spawnSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Building the web client failed:\n${result.stderr}`);
  if (!existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) {
    throw new Error('web/dist/index.html is missing after the build');
  }
  webChecked = true;
}

/** Starts `haven serve` on a free port with an empty database in a fresh temporary folder. */
export async function startHaven(): Promise<Haven> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'haven-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HAVEN_DATA_DIR: dataDir,
    HAVEN_HOST: '127.0.0.1',
    NODE_ENV: 'test',
  };
  delete env.DATABASE_URL;
  delete env.HAVEN_PUBLIC_URL;
  delete env.HAVEN_WEB_DIR;

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const { baseUrl, setupLink } = await new Promise<{ baseUrl: string; setupLink: string }>(
      (resolve, reject) => {
        let baseUrl: string | undefined;
        const timer = setTimeout(
          () => reject(new Error(`Haven did not start in 60 s. Output:\n${output}`)),
          60_000,
        );
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          baseUrl ??= /Haven is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
          const link = /Set up Haven at: (http:\/\/\S+\/setup#\S+)/.exec(output)?.[1];
          if (baseUrl && link) {
            clearTimeout(timer);
            resolve({ baseUrl, setupLink: link });
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`Haven exited with ${String(code)} before it was ready:\n${output}`));
        });
      },
    );
    return { baseUrl, setupLink, output: () => output, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fails with a readable list if axe finds any WCAG 2.2 AA problem on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map(
    (v) =>
      `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
        .join('\n')}`,
  );
  throw new Error(`Accessibility problems on ${where} (${page.url()}):\n${lines.join('\n')}`);
}

/** True if the page is wider than the viewport (so the user would have to scroll sideways). */
export async function scrollsSideways(page: Page, width: number): Promise<boolean> {
  return page.evaluate((w) => document.documentElement.scrollWidth > w, width);
}

/** Anything the page stored in the browser (it must store nothing). */
export async function browserStorage(
  page: Page,
): Promise<{ local: number; session: number; cookie: string }> {
  return page.evaluate(() => ({
    local: window.localStorage.length,
    session: window.sessionStorage.length,
    cookie: document.cookie,
  }));
}

/** Collects Content-Security-Policy violations and uncaught errors reported by the page. */
export function watchPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) {
      problems.push(`console: ${msg.text()}`);
    }
  });
  return problems;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lastStep = new Map<string, number>();

/**
 * A TOTP code for the secret that the server has not seen yet. The server refuses a code from a
 * 30-second step it has already accepted for that user, and accepts one step either side of now,
 * so use the next step early, or wait for it.
 */
export async function freshTotp(secret: string): Promise<string> {
  const used = lastStep.get(secret) ?? -1;
  let now = Math.floor(Date.now() / 30_000);
  if (used + 1 > now + 1) {
    await sleep(used * 30_000 - Date.now() + 1_000);
    now = Math.floor(Date.now() / 30_000);
  }
  const step = Math.max(now, used + 1);
  lastStep.set(secret, step);
  return generateSync({ secret, epoch: step * 30 });
}

export interface Account {
  email: string;
  password: string;
  fullName: string;
  totpSecret: string;
}

function sessionCookieOf(response: Response): string {
  for (const header of response.headers.getSetCookie()) {
    const match = /^haven_session=([^;]+)/.exec(header);
    if (match?.[1]) return match[1];
  }
  throw new Error('No haven_session cookie in the response');
}

async function postJson(
  baseUrl: string,
  apiPath: string,
  body: unknown,
  cookie?: string,
): Promise<Response> {
  const response = await fetch(`${baseUrl}${apiPath}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: baseUrl,
      ...(cookie ? { cookie: `haven_session=${cookie}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(
      `POST ${apiPath} answered ${String(response.status)}: ${await response.text()}`,
    );
  }
  return response;
}

/** Sets Haven up through the API (school + DSL with TOTP), for tests that are not about set-up. */
export async function setUpSchool(haven: Haven): Promise<Account> {
  const account: Account = {
    email: 'dana.scully@example.org',
    password: PASSWORD,
    fullName: 'Dana Scully',
    totpSecret: '',
  };
  const token = haven.setupLink.split('#')[1] ?? '';
  const setup = await postJson(haven.baseUrl, '/api/setup', {
    token,
    schoolName: 'Oakfield Primary School',
    fullName: account.fullName,
    email: account.email,
    password: account.password,
  });
  let cookie = sessionCookieOf(setup);
  const start = await postJson(haven.baseUrl, '/api/auth/mfa/enrol/start', {}, cookie);
  const { data } = (await start.json()) as { data: { secret: string } };
  account.totpSecret = data.secret;
  const confirm = await postJson(
    haven.baseUrl,
    '/api/auth/mfa/enrol/confirm',
    { code: await freshTotp(data.secret) },
    cookie,
  );
  cookie = sessionCookieOf(confirm);
  await postJson(haven.baseUrl, '/api/auth/sign-out', {}, cookie);
  return account;
}

/** Signs in through the pages, with a TOTP code when the account has MFA. */
export async function signIn(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (account.totpSecret) {
    await page.getByRole('heading', { level: 1, name: 'Enter your security code' }).waitFor();
    await page.getByLabel('Security code').fill(await freshTotp(account.totpSecret));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('heading', { level: 1, name: /Home/ }).waitFor();
}
