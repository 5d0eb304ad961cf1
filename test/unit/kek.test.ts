import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createRuntime } from '../../src/runtime.ts';
import { aesGcmBox } from '../../src/security/secret-box.ts';
import { concernInput, schoolWithPeople } from '../concerns/support.ts';
import { ORIGIN, TestHaven, type TestUser } from '../support/haven.ts';

/**
 * The key-encryption key, as an installer meets it: Haven started, stopped and started again on
 * the same data directory (SQLite), with the key in a file Haven makes or in HAVEN_KEK.
 */
describe('the key-encryption key', () => {
  const temp: string[] = [];
  const running: TestHaven[] = [];
  afterEach(async () => {
    for (const h of running.splice(0)) await stop(h);
    for (const d of temp.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const tempDir = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'haven-kek-'));
    temp.push(d);
    return d;
  };
  const modeOf = (file: string) => statSync(file).mode & 0o777;

  /** Haven as `serve` starts it: loadConfig, then createRuntime, on this data directory. */
  async function start(dataDir: string, env: Record<string, string> = {}): Promise<TestHaven> {
    const h = new TestHaven();
    const config = loadConfig({
      NODE_ENV: 'test',
      HAVEN_DATA_DIR: dataDir,
      HAVEN_PUBLIC_URL: ORIGIN,
      HAVEN_WEB_DIR: '/nonexistent',
      ...env,
    });
    h.rt = await createRuntime(config, { clock: h.clock, fastHashing: true });
    running.push(h);
    h.app = await buildApp(h.rt);
    await h.app.ready();
    return h;
  }
  async function stop(h: TestHaven) {
    const i = running.indexOf(h);
    if (i >= 0) running.splice(i, 1);
    await h.app?.close();
    await h.rt.close();
  }

  /** A DSL (MFA secret sealed by the key) and a concern (sealed in the child's vault). */
  async function seal(h: TestHaven) {
    const people = await schoolWithPeople(h);
    const res = await h.request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category),
    });
    expect(res.statusCode, res.body).toBe(201);
    return {
      dsl: people.dsl.user,
      pupilId: people.pupilId,
      id: res.json().data.id as string,
      probe: h.rt.auth.box.seal('sealed by the first start', 'probe'),
    };
  }

  /** In a later start: the DSL signs in (MFA opens) and reads the child's record back. */
  async function readsBack(h: TestHaven, sealed: Awaited<ReturnType<typeof seal>>) {
    h.clock.advance(10 * 60_000); // a later TOTP step than the first start's sign-in
    const cookie = await h.signIn(sealed.dsl as TestUser);
    const concern = await h.request({
      method: 'GET',
      url: `/api/concerns/${sealed.id}`,
      cookie,
    });
    expect(concern.statusCode, concern.body).toBe(200);
    expect(concern.json().data.narrative).toMatchObject({
      childWords: 'He said his arm hurt when he fell over at home.',
    });
    const file = await h.request({ method: 'GET', url: `/api/files/${sealed.pupilId}`, cookie });
    expect(file.json().data.chronology).toEqual([
      expect.objectContaining({ kind: 'concern', summary: 'Concern C-00001 recorded' }),
    ]);
    expect(h.rt.auth.box.open(sealed.probe, 'probe')).toBe('sealed by the first start');
  }

  test('a database with sealed records and no key stops start-up naming the key, and no new key is made', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(dataDir, 'haven.key');
    const first = await start(dataDir);
    await seal(first);
    await stop(first);
    rmSync(keyFile);
    await expect(start(dataDir)).rejects.toThrow(/key-encryption key is missing.*haven\.key/);
    expect(existsSync(keyFile)).toBe(false);
  });

  test('first start creates haven.key in the data directory with mode 0600; a second start reuses it and opens what the first sealed', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(dataDir, 'haven.key');
    expect(existsSync(keyFile)).toBe(false);

    const first = await start(dataDir);
    expect(first.rt.keyCreated).toBe(true);
    expect(first.rt.config.keyFile).toBe(keyFile);
    expect(modeOf(keyFile)).toBe(0o600);
    const written = readFileSync(keyFile, 'utf8');
    expect(Buffer.from(written.trim(), 'base64')).toHaveLength(32);
    const sealed = await seal(first);
    await stop(first);

    const second = await start(dataDir);
    expect(second.rt.keyCreated).toBe(false);
    expect(readFileSync(keyFile, 'utf8')).toBe(written);
    expect(modeOf(keyFile)).toBe(0o600);
    await readsBack(second, sealed);
    await stop(second);

    // The check means something: another key cannot open the first start's records.
    const stranger = await start(dataDir, { HAVEN_KEK: randomBytes(32).toString('base64') });
    expect(() => stranger.rt.auth.box.open(sealed.probe, 'probe')).toThrow();
  });

  test('HAVEN_KEY_FILE puts the key where it says, making the directories, and none in the data directory', async () => {
    const dataDir = tempDir();
    const secrets = path.join(tempDir(), 'secrets', 'haven');
    const keyFile = path.join(secrets, 'kek.b64');
    const first = await start(dataDir, { HAVEN_KEY_FILE: keyFile });
    expect(first.rt.keyCreated).toBe(true);
    expect(modeOf(keyFile)).toBe(0o600);
    expect(modeOf(secrets) & 0o077).toBe(0);
    expect(existsSync(path.join(dataDir, 'haven.key'))).toBe(false);
    const sealed = await seal(first);
    await stop(first);

    const second = await start(dataDir, { HAVEN_KEY_FILE: keyFile });
    expect(second.rt.keyCreated).toBe(false);
    await readsBack(second, sealed);
  });

  test('a key file others can read is tightened to 0600 and still used', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(dataDir, 'haven.key');
    const first = await start(dataDir);
    const sealed = await seal(first);
    await stop(first);

    chmodSync(keyFile, 0o644); // e.g. restored from a backup without its permissions
    const second = await start(dataDir);
    expect(second.rt.keyCreated).toBe(false);
    expect(modeOf(keyFile)).toBe(0o600);
    await readsBack(second, sealed);
  });

  test('a key file that does not hold a 32-byte key stops start-up, naming the file, and is left alone', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(dataDir, 'haven.key');
    writeFileSync(keyFile, `${randomBytes(16).toString('base64')}\n`, { mode: 0o600 });
    const before = readFileSync(keyFile, 'utf8');
    await expect(start(dataDir)).rejects.toThrow(keyFile);
    expect(readFileSync(keyFile, 'utf8')).toBe(before);
  });

  test('with HAVEN_KEK set, no key file is written and a later start with the same HAVEN_KEK opens the records', async () => {
    const dataDir = tempDir();
    const kek = randomBytes(32).toString('base64');
    const keyFile = path.join(tempDir(), 'unused', 'haven.key');

    const first = await start(dataDir, { HAVEN_KEK: kek, HAVEN_KEY_FILE: keyFile });
    expect(first.rt.keyCreated).toBe(false);
    const sealed = await seal(first);
    // It is this key, and no other, that seals.
    expect(aesGcmBox(Buffer.from(kek, 'base64')).open(sealed.probe, 'probe')).toBe(
      'sealed by the first start',
    );
    await stop(first);
    expect(existsSync(keyFile)).toBe(false);
    expect(existsSync(path.dirname(keyFile))).toBe(false);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.key'))).toEqual([]);

    const second = await start(dataDir, { HAVEN_KEK: kek });
    expect(second.rt.keyCreated).toBe(false);
    await readsBack(second, sealed);
    await stop(second);
    expect(existsSync(path.join(dataDir, 'haven.key'))).toBe(false);
  });

  test('moving the key from the key file into HAVEN_KEK (operations guide) keeps every record readable', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(dataDir, 'haven.key');
    const first = await start(dataDir);
    const sealed = await seal(first);
    await stop(first);

    const kek = readFileSync(keyFile, 'utf8').trim();
    rmSync(keyFile);
    const second = await start(dataDir, { HAVEN_KEK: kek });
    expect(second.rt.keyCreated).toBe(false);
    expect(existsSync(keyFile)).toBe(false);
    await readsBack(second, sealed);
  });

  test('a HAVEN_KEK of the wrong length stops start-up with an error naming HAVEN_KEK, and no key file is made instead', async () => {
    for (const [why, value] of [
      ['16 bytes', randomBytes(16).toString('base64')],
      ['31 bytes', randomBytes(31).toString('base64')],
      ['33 bytes', randomBytes(33).toString('base64')],
      ['64 bytes', randomBytes(64).toString('base64')],
      ['hex, not base64', randomBytes(32).toString('hex')],
      ['a passphrase', 'correct horse battery staple'],
      ['a base64 key cut short', randomBytes(32).toString('base64').slice(0, 40)],
    ] as const) {
      const dataDir = tempDir();
      await expect(start(dataDir, { HAVEN_KEK: value }), why).rejects.toThrow(/HAVEN_KEK/);
      expect(existsSync(path.join(dataDir, 'haven.key')), why).toBe(false);
    }
  });

  // Product bug (src/security/key-file.ts:15): HAVEN_KEK is decoded with Buffer.from(v, 'base64'),
  // which skips any character outside the base64 alphabet and ignores whatever follows the "=",
  // so only the decoded length is checked. A value that is not base64 (quotes kept by an env file,
  // a stray character, text after the padding) starts Haven without a word, though the error
  // message and docs/operations.md promise "32 bytes, base64". Low impact: these values happen to
  // decode to the intended key. Remove `.fails` once the value is validated strictly (for
  // instance /^[A-Za-z0-9+/]{43}=$/ before decoding).
  test('a HAVEN_KEK with characters outside base64 stops start-up, even when 32 bytes decode from it', async () => {
    const kek = randomBytes(32).toString('base64');
    for (const value of [`"${kek}"`, `${kek.slice(0, 20)}!${kek.slice(20)}`, `${kek}AAAA`]) {
      expect(Buffer.from(value, 'base64')).toHaveLength(32); // what makes it slip through
      await expect(start(tempDir(), { HAVEN_KEK: value }), value).rejects.toThrow(/HAVEN_KEK/);
    }
  });
});
